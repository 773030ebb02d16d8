package vn.parindex.evidence;

import vn.parindex.platform.BusinessException;

/** Turns the domain's refusals of a document into the refusals the user is shown. */
public final class EvidenceRefusals {
  private EvidenceRefusals() {}

  /** The same message key, arguments and field, as a business error (400 in the API). */
  public static BusinessException of(InvalidEvidenceException e) {
    return new BusinessException(e.messageKey(), e.arguments()).onField(e.field());
  }

  /** A file larger than the limit, refused before its content is read. */
  public static BusinessException tooLarge(long maxBytes) {
    return of(UploadedFile.tooLarge(maxBytes));
  }
}
