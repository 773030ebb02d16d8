package vn.parindex.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Optional;
import vn.parindex.kernel.CleanText;

/**
 * What kind of body a unit is, and so how its documents are signed: a commune's People's Committee
 * signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", a department "GIÁM ĐỐC". Kinds are data, because a
 * province names its own (ban, chi cục, đặc khu).
 */
@Entity
@Table(name = "unit_kind")
public class UnitKind {
  public static final int CODE_LENGTH = 40;
  public static final int TEXT_LENGTH = 200;
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", length = CODE_LENGTH, nullable = false, unique = true)
  private String code;

  @Column(name = "name", length = TEXT_LENGTH, nullable = false)
  private String name;

  /** The head's signature block, lines separated by a line break. */
  @Column(name = "head_signature", length = TEXT_LENGTH, nullable = false)
  private String headSignature;

  /** A deputy signing for the head ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"). */
  @Column(name = "deputy_signature", length = TEXT_LENGTH, nullable = false)
  private String deputySignature;

  /**
   * The line above a unit's name in the letterhead of every unit of this kind ("ỦY BAN NHÂN DÂN"
   * over "XÃ IA GRAI"); none: the unit's own superior body ("UBND TỈNH GIA LAI" over "SỞ TƯ PHÁP").
   */
  @Column(name = "letterhead_above", length = TEXT_LENGTH)
  private String letterheadAbove;

  protected UnitKind() {}

  public UnitKind(String code, String name, String headSignature, String deputySignature) {
    String cleanCode = required("code", CleanText.line("code", code), CODE_LENGTH);
    if (!cleanCode.matches("[a-z0-9-]+")) {
      throw new OrganisationRuleException("code", "organisation.kind.code.invalid");
    }
    this.code = cleanCode;
    describe(name, headSignature, deputySignature);
  }

  public final void describe(String newName, String head, String deputy) {
    this.name = required("name", CleanText.line("name", newName), TEXT_LENGTH);
    this.headSignature =
        required("headSignature", CleanText.multiline("headSignature", head), TEXT_LENGTH);
    this.deputySignature =
        required("deputySignature", CleanText.multiline("deputySignature", deputy), TEXT_LENGTH);
  }

  /** Sets or clears (blank) the line printed above the unit's name in its letterhead. */
  public void headLettersWith(String above) {
    String clean = above == null ? "" : CleanText.line("letterheadAbove", above).strip();
    if (clean.length() > TEXT_LENGTH) {
      throw new OrganisationRuleException(
          "letterheadAbove", "organisation.kind.letterheadAbove.tooLong", TEXT_LENGTH);
    }
    this.letterheadAbove = clean.isEmpty() ? null : clean;
  }

  private static String required(String field, String clean, int maxLength) {
    String stripped = clean == null ? "" : clean.strip();
    if (stripped.isEmpty()) {
      throw new OrganisationRuleException(field, "organisation.kind." + field + ".required");
    }
    if (stripped.length() > maxLength) {
      throw new OrganisationRuleException(
          field, "organisation.kind." + field + ".tooLong", maxLength);
    }
    return stripped;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String headSignature() {
    return headSignature;
  }

  /**
   * The head's title as a letter addresses him or her: the last line of the head's signature in
   * sentence case ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH" → "Chủ tịch", "GIÁM ĐỐC" → "Giám đốc").
   */
  public String headTitle() {
    String[] lines = headSignature.strip().split("\\R");
    String last = lines[lines.length - 1].strip().toLowerCase(VIETNAMESE);
    return last.isEmpty() ? last : last.substring(0, 1).toUpperCase(VIETNAMESE) + last.substring(1);
  }

  public String deputySignature() {
    return deputySignature;
  }

  public Optional<String> letterheadAbove() {
    return Optional.ofNullable(letterheadAbove);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof UnitKind other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return UnitKind.class.hashCode();
  }
}
