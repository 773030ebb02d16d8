package vn.parindex.report;

import java.util.Iterator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.util.JRStringUtil;

/**
 * Feeds the compared criteria to the comparison template, one printed row each. The name of a
 * renamed criterion comes as styled text (the old name struck through above the new one), every
 * name escaped for that markup; the kinds of change come as the words of the report's language.
 */
final class VersionComparisonDataSource implements JRDataSource {

  private final Iterator<VersionChangeRow> rows;
  private final ResourceBundle labels;
  private VersionChangeRow current;

  /**
   * @param rows the rows to print, already filtered (see {@link
   *     VersionComparisonSheet#printedRows()})
   */
  VersionComparisonDataSource(List<VersionChangeRow> rows, ResourceBundle labels) {
    this.rows = rows.iterator();
    this.labels = labels;
  }

  @Override
  public boolean next() {
    current = rows.hasNext() ? rows.next() : null;
    return current != null;
  }

  @Override
  public Object getFieldValue(JRField field) {
    return switch (field.getName()) {
      case "beforeCode" -> current.beforeCode();
      case "afterCode" -> current.afterCode();
      case "name" -> name(current, labels);
      case "beforeMax" -> current.beforeMax();
      case "afterMax" -> current.afterMax();
      case "beforeRule" -> current.beforeRule();
      case "afterRule" -> current.afterRule();
      case "changes" -> changes(current, labels);
      case "moved" -> current.changes().contains(ChangeType.MOVED);
      case "maxChanged" -> current.changes().contains(ChangeType.MAX_CHANGED);
      default -> throw new IllegalArgumentException("Unknown comparison field: " + field.getName());
    };
  }

  /**
   * The name as styled text: the one name of an unrenamed criterion, or "cũ: old (struck) / mới:
   * new" on two lines for a renamed one.
   */
  static String name(VersionChangeRow row, ResourceBundle labels) {
    String before = row.beforeName();
    String after = row.afterName();
    if (!row.changes().contains(ChangeType.RENAMED) || before == null || after == null) {
      return JRStringUtil.xmlEncode(after != null ? after : before);
    }
    return "<style isItalic=\"true\">"
        + JRStringUtil.xmlEncode(labels.getString("comparison.name.before"))
        + "</style> <style isStrikeThrough=\"true\">"
        + JRStringUtil.xmlEncode(before)
        + "</style>\n<style isItalic=\"true\">"
        + JRStringUtil.xmlEncode(labels.getString("comparison.name.after"))
        + "</style> "
        + JRStringUtil.xmlEncode(after);
  }

  /** "Đổi tên, Đổi điểm tối đa": the row's kinds of change in the order of {@link ChangeType}. */
  static String changes(VersionChangeRow row, ResourceBundle labels) {
    StringJoiner words = new StringJoiner(", ");
    for (ChangeType type : row.changes()) {
      words.add(VersionComparisonParameters.changeWord(type, labels));
    }
    return words.toString();
  }
}
