package vn.parindex.dashboard;

import java.io.Serializable;

/**
 * An area of this year's index and the area of last year's it continues, as the comparison of
 * versions matches them; a column of the change per area.
 *
 * @param lastCode null when the area is new since last year
 */
public record AreaMatch(String code, String name, String lastCode, String lastName)
    implements Serializable {

  /** Whether the area had another code last year: the page names the old one. */
  public boolean recoded() {
    return lastCode != null && !lastCode.equals(code);
  }
}
