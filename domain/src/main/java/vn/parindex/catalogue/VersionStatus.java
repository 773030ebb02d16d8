package vn.parindex.catalogue;

/** Life of an index version: drafted by an administrator, published once, retired when replaced. */
public enum VersionStatus {
  DRAFT,
  PUBLISHED,
  RETIRED
}
