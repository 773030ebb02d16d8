package vn.parindex.report;

import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * Feeds records to a template, each field read by name through the report's own accessor table:
 * records have no JavaBean getters, so the bean data sources of JasperReports cannot read them.
 *
 * @param <T> the row record
 */
final class RowDataSource<T> implements JRDataSource {

  private final Iterator<T> rows;
  private final BiFunction<T, String, Object> field;
  private T current;

  /**
   * @param field the value of a named field of a row; throws for a name the template should not use
   */
  RowDataSource(List<T> rows, BiFunction<T, String, Object> field) {
    this.rows = rows.iterator();
    this.field = field;
  }

  @Override
  public boolean next() {
    current = rows.hasNext() ? rows.next() : null;
    return current != null;
  }

  @Override
  public Object getFieldValue(JRField jrField) {
    return field.apply(current, jrField.getName());
  }
}
