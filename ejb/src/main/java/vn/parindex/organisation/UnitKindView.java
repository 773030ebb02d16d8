package vn.parindex.organisation;

import java.io.Serializable;

/**
 * A kind of unit and how its documents are signed and headed; signatures keep their line breaks.
 * {@code letterheadAbove} is null when units of the kind print their own superior body.
 */
public record UnitKindView(
    long id,
    String code,
    String name,
    String headSignature,
    String deputySignature,
    String letterheadAbove)
    implements Serializable {

  static UnitKindView of(UnitKind k) {
    return new UnitKindView(
        k.id(),
        k.code(),
        k.name(),
        k.headSignature(),
        k.deputySignature(),
        k.letterheadAbove().orElse(null));
  }
}
