package vn.parindex.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in on this session, kept in the session so that later requests need no password. */
record SignedInCaller(String name, Set<String> groups) implements Serializable {
  SignedInCaller {
    groups = Set.copyOf(groups);
  }
}
