package vn.parindex.report;

import java.util.Objects;

/**
 * A signature block: the title above the room for the hand signature and the seal, and the name
 * under it. Both are data (they follow the kind of the signing body), never fixed in a template.
 *
 * @param title e.g. "TM. TỔ GIÚP VIỆC\nTỔ TRƯỞNG" or "CHỦ TỊCH HỘI ĐỒNG"; may hold line breaks
 * @param name the signer, or {@code null} to leave the line for the hand
 */
public record Signer(String title, String name) {

  public Signer {
    Objects.requireNonNull(title, "title");
  }
}
