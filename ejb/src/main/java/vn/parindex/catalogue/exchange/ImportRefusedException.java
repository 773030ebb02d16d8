package vn.parindex.catalogue.exchange;

import java.util.List;
import vn.parindex.platform.BusinessException;

/** A file refused as a whole; every problem found in it is listed, by sheet, row and column. */
public class ImportRefusedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  private final transient List<ImportProblem> problems;

  public ImportRefusedException(List<ImportProblem> problems) {
    super("import.refused", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }

  @Override
  public List<Detail> details() {
    return problems.stream()
        .map(p -> Detail.onCell(p.sheet(), p.row(), p.column(), p.messageKey(), p.arguments()))
        .toList();
  }
}
