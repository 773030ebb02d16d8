package vn.parindex.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser reads off the portal's pages to send the next PrimeFaces request: the view state,
 * the ids of the buttons, the fields the scoring dialog shows for the criterion's rule.
 */
final class Faces {
  static final String VIEW_STATE = "jakarta.faces.ViewState";

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
  private static final Pattern UPDATED_STATE =
      Pattern.compile("ViewState:0\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");

  /** The fields of the scoring dialog that hold a rule's inputs, with what an office types. */
  private static final Map<String, String> TYPED =
      Map.of(
          "editForm:points", "0",
          "editForm:achieved", "1",
          "editForm:total", "2",
          "editForm:violations", "0");

  private Faces() {}

  /** The view state a partial response hands back, when it changed. */
  static String updatedViewState(String partialResponse, String current) {
    Matcher m = UPDATED_STATE.matcher(partialResponse);
    return m.find() ? m.group(1) : current;
  }

  static String pick(List<String> ids) {
    return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
  }

  /**
   * The form the dialog's Save button posts: the inputs of the criterion's rule filled in as an
   * office would (a radio's first choice, small numbers within every maximum), and an explanation.
   * It renders what the browser asks for: the dialog, the progress and submit bar, the history and
   * the saved row's live cells (the ids the button's {@code @(.crit-… .row-live)} resolves to, which
   * share the row's edit button's prefix).
   */
  static Map<String, Object> scoreForm(String dialog, String viewState, String editButton) {
    String row = editButton.substring(0, editButton.lastIndexOf(':') + 1);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", "editForm:save");
    form.put("jakarta.faces.partial.execute", "editForm");
    form.put(
        "jakarta.faces.partial.render",
        "editForm criteriaForm:progress criteriaForm:submitBar criteriaForm:submitMessages historyForm "
            + row
            + "score "
            + row
            + "evidenceCount "
            + row
            + "status");
    form.put("editForm:save", "editForm:save");
    form.put("editForm", "editForm");
    Matcher inputs = INPUT.matcher(dialog);
    while (inputs.find()) {
      String tag = inputs.group();
      String name = attribute(NAME, tag);
      if (name == null) {
        continue;
      }
      if (TYPED.containsKey(name)) {
        form.put(name, TYPED.get(name));
      } else if (tag.contains("type=\"radio\"") && name.startsWith("editForm:")) {
        form.putIfAbsent(name, attribute(VALUE, tag));
      }
    }
    form.put("editForm:explanation", "Đã rà soát lại số liệu (tải thử)");
    form.put(VIEW_STATE, viewState);
    return form;
  }

  /** Whether the dialog lets the office save: a criterion already handed in shows it read-only. */
  static boolean editable(String dialog) {
    return dialog.contains("editForm:save");
  }

  private static String attribute(Pattern pattern, String tag) {
    Matcher m = pattern.matcher(tag);
    return m.find() ? m.group(1) : null;
  }
}
