package vn.parindex.catalogue;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * Something that keeps a version from being published, on one node ({@code code}) or on the version
 * as a whole (no code). The message is a key of {@code vn.parindex.i18n.DomainMessages}.
 */
public record VersionProblem(String code, String messageKey, Object... arguments)
    implements Serializable {
  public VersionProblem {
    arguments = arguments.clone();
  }

  @Override
  public Object[] arguments() {
    return arguments.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VersionProblem p
        && Objects.equals(code, p.code)
        && messageKey.equals(p.messageKey)
        && Arrays.equals(arguments, p.arguments);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(code, messageKey) + Arrays.hashCode(arguments);
  }

  @Override
  public String toString() {
    return (code == null ? "" : code + ": ") + messageKey + Arrays.toString(arguments);
  }
}
