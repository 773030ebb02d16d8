package vn.parindex.organisation;

/** What a personal access token lets its bearer do through the API. */
public enum TokenScope {
  /** Reads only: GET and HEAD. */
  READ,
  /** Everything its owner may do. */
  WRITE;

  /** Whether a request with this HTTP method stays within the scope. */
  public boolean allows(String httpMethod) {
    return this == WRITE
        || "GET".equalsIgnoreCase(httpMethod)
        || "HEAD".equalsIgnoreCase(httpMethod);
  }
}
