package vn.parindex.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter's text cut into the sections of the An Lão 2023 directive (seeds/an-lao-2023-directive
 * .txt): the legal basis, the introduction, item 1 (the general instruction), its sub-items 1.1,
 * 1.2 … (one per office), item 2 (the deadline), the note on supporting documents, the closing
 * request and "Nơi nhận". The same cut applies to the seed and to the text read back from a
 * rendered letter, so that the two compare section by section.
 */
final class DirectiveSections {

  /** The sections, in the directive's order, each as its text with whitespace folded. */
  final Map<String, String> sections = new LinkedHashMap<>();

  /** The criterion codes of each office's sub-item, normalised ("TC.1.7" → "1.7"). */
  final Map<String, List<String>> codes = new LinkedHashMap<>();

  private static final Pattern CODE =
      Pattern.compile("(?:TCTP|TCTC|TC)\\s*\\.?\\s*(\\d+(?:\\.\\d+)+)");

  /**
   * Cuts {@code text} (markdown marks and any whitespace folded) at the directive's openings; the
   * sub-items are found by their offices' names, in the order given.
   */
  DirectiveSections(String text, List<String> offices) {
    String folded =
        text.replaceAll("(?m)^[ \\t]*\\d+[ \\t]*$", "") // page numbers of a rendered letter
            .replace("**", "")
            .replace("*", "")
            .replaceAll("[\\s\\u00a0]+", " ")
            .replaceAll(" -(?=TC)", " - ")
            .strip();
    List<String> openings = new ArrayList<>();
    List<String> names = new ArrayList<>();
    openings.add("Thực hiện ");
    names.add("basis");
    openings.add("Để kịp thời ");
    names.add("introduction");
    openings.add("1. Các cơ quan:");
    names.add("general");
    for (int i = 0; i < offices.size(); i++) {
      openings.add("1." + (i + 1) + ". " + offices.get(i) + ":");
      names.add(offices.get(i));
    }
    openings.add("2. Kết quả ");
    names.add("deadline");
    openings.add("Lưu ý:");
    names.add("note");
    openings.add("Đề nghị các cơ quan");
    names.add("closing");
    openings.add("Nơi nhận:");
    names.add("copies");
    openings.add("KT. CHỦ TỊCH");
    names.add("signature");
    int from = -1;
    for (int i = 0; i < openings.size(); i++) {
      int at = folded.indexOf(openings.get(i), Math.max(from, 0));
      if (at < 0) {
        throw new AssertionError("no section opening \"" + openings.get(i) + "\" in: " + folded);
      }
      if (i > 0) {
        sections.put(names.get(i - 1), folded.substring(from, at).strip());
      }
      from = at;
    }
    sections.put("signature", folded.substring(from).strip());
    sections.put("head", folded.substring(0, folded.indexOf("Thực hiện ")).strip());
    for (String office : offices) {
      List<String> found = new ArrayList<>();
      Matcher code = CODE.matcher(sections.get(office));
      while (code.find()) {
        found.add(code.group(1));
      }
      codes.put(office, found);
    }
  }

  String get(String section) {
    return sections.get(section);
  }
}
