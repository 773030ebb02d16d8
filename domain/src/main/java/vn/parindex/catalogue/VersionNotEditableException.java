package vn.parindex.catalogue;

/** A published or retired version, or its tree, was about to change: it never does. */
public class VersionNotEditableException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String versionName;
  private final VersionStatus status;

  public VersionNotEditableException(String versionName, VersionStatus status) {
    super("Index version " + versionName + " is " + status + " and cannot change");
    this.versionName = versionName;
    this.status = status;
  }

  public String versionName() {
    return versionName;
  }

  public VersionStatus status() {
    return status;
  }
}
