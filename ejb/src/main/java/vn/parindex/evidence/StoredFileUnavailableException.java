package vn.parindex.evidence;

import vn.parindex.platform.BusinessException;

/**
 * The stored file of a document cannot be handed out: it is missing, or its SHA-256 no longer
 * matches the one recorded at upload (it was damaged or tampered with). Not the caller's fault: the
 * API answers 409 and the server log says which file.
 */
public class StoredFileUnavailableException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public StoredFileUnavailableException(String messageKey, Object... arguments) {
    super(Kind.CONFLICT, messageKey, arguments);
  }
}
