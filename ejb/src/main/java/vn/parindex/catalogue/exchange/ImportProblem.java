package vn.parindex.catalogue.exchange;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * One reason a file was refused, where the administrator can find it.
 *
 * <p>The message is a key with its {@link java.text.MessageFormat} arguments. Keys starting with
 * {@code import.} live in {@code vn.parindex.i18n.ImportMessages}; keys starting with {@code
 * version.} are the {@link vn.parindex.catalogue.VersionProblem}s of the publishing checks, passed
 * on unchanged, and live in {@code vn.parindex.i18n.DomainMessages}. {@link ImportProblemMessages}
 * looks in both.
 *
 * @param sheet the sheet as named in the workbook ("Tiêu chí"), {@code "yaml"} for a YAML file, or
 *     null for the file as a whole
 * @param row the row as Excel numbers it, from 1; for YAML the node's place in {@code nodes}, from
 *     1; 0 for the whole sheet or file
 * @param column the header label of the column ("Điểm tối đa"), the YAML key, or null
 * @param messageKey the key of the message
 * @param arguments the message's arguments
 */
public record ImportProblem(
    String sheet, int row, String column, String messageKey, Object... arguments)
    implements Serializable {

  public ImportProblem {
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  @Override
  public Object[] arguments() {
    return arguments.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportProblem p
        && Objects.equals(sheet, p.sheet)
        && row == p.row
        && Objects.equals(column, p.column)
        && messageKey.equals(p.messageKey)
        && Arrays.equals(arguments, p.arguments);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(sheet, row, column, messageKey) + Arrays.hashCode(arguments);
  }

  @Override
  public String toString() {
    return sheet
        + "!"
        + row
        + (column == null ? "" : "[" + column + "]")
        + ": "
        + messageKey
        + Arrays.toString(arguments);
  }
}
