package vn.parindex.notification;

import java.time.LocalDate;

/**
 * What a notification e-mail says, read from the database after the change committed.
 *
 * @param assessmentId for the link to the portal page
 * @param unitName the assessed unit
 * @param year the assessment year
 * @param officeName the office the mail goes to
 * @param argument the portal notice's argument: the submitting office, "code: comment" or the
 *     deadline
 * @param criterionName the name of a returned criterion, or null
 * @param deadline the assessment's deadline
 * @param daysLeft days from the notification's day to the deadline
 * @param portalUrl the portal's address, ending with a slash
 */
public record LetterFacts(
    long assessmentId,
    String unitName,
    int year,
    String officeName,
    String argument,
    String criterionName,
    LocalDate deadline,
    long daysLeft,
    String portalUrl) {

  /** The code of a returned criterion: the notice's argument up to the first ": ". */
  public String criterionCode() {
    int colon = argument == null ? -1 : argument.indexOf(": ");
    return colon < 0 ? "" : argument.substring(0, colon);
  }

  /** The consolidator's comment on a returned criterion. */
  public String comment() {
    int colon = argument == null ? -1 : argument.indexOf(": ");
    return colon < 0 ? String.valueOf(argument) : argument.substring(colon + 2);
  }
}
