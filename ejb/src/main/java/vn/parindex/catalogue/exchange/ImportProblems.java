package vn.parindex.catalogue.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems found while reading one file: all of them are collected, then reported at once. */
final class ImportProblems {
  private final List<ImportProblem> found = new ArrayList<>();

  void add(CellRef at, String messageKey, Object... arguments) {
    found.add(new ImportProblem(at.sheet(), at.row(), at.column(), messageKey, arguments));
  }

  /** How many so far; comparing two counts tells whether a step found anything. */
  int count() {
    return found.size();
  }

  /**
   * Throws when anything was found, sheets in the order they were first met and rows in order, so
   * that the list reads like the file.
   */
  void throwIfAny() {
    if (found.isEmpty()) {
      return;
    }
    Map<String, Integer> sheetOrder = new LinkedHashMap<>();
    found.forEach(p -> sheetOrder.putIfAbsent(String.valueOf(p.sheet()), sheetOrder.size()));
    List<ImportProblem> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparing((ImportProblem p) -> sheetOrder.get(String.valueOf(p.sheet())))
            .thenComparingInt(ImportProblem::row));
    throw new IndexImportException(sorted);
  }
}
