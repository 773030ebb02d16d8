package vn.parindex.report;

import java.util.Iterator;
import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * Feeds the scorecard rows to the template. Records have no JavaBean getters, so the bean data
 * sources of JasperReports cannot read them; naming each field here also keeps the template's field
 * names checked in one place.
 */
final class ScorecardDataSource implements JRDataSource {

  private final Iterator<ScorecardRow> rows;
  private ScorecardRow current;

  ScorecardDataSource(List<ScorecardRow> rows) {
    this.rows = rows.iterator();
  }

  @Override
  public boolean next() {
    current = rows.hasNext() ? rows.next() : null;
    return current != null;
  }

  @Override
  public Object getFieldValue(JRField field) {
    return switch (field.getName()) {
      case "stt" -> current.stt();
      case "code" -> current.code();
      case "name" -> current.name();
      case "level" -> current.level().name();
      case "maxPoints" -> current.maxPoints();
      case "selfScore" -> current.selfScore();
      case "evidence" -> current.evidence();
      case "explanation" -> current.explanation();
      case "note" -> current.note();
      default -> throw new IllegalArgumentException("Unknown scorecard field: " + field.getName());
    };
  }
}
