package vn.parindex.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.kernel.CleanText;

/** A unit whose PAR index is assessed, e.g. UBND huyện An Lão; its level is data, not a type. */
@Entity
@Table(name = "assessed_unit")
public class AssessedUnit {
  public static final int NAME_LENGTH = 200;
  public static final int PLACE_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @Column(name = "name", length = NAME_LENGTH, nullable = false)
  private String name;

  @NotBlank
  @Size(max = 40)
  @Column(name = "unit_level", length = 40, nullable = false)
  private String level;

  /** The body above it, printed in the letterhead (UBND TỈNH BÌNH ĐỊNH). */
  @Size(max = NAME_LENGTH)
  @Column(name = "superior_name", length = NAME_LENGTH)
  private String superiorName;

  /** The place printed in the date line of its documents ("An Lão, ngày ..."). */
  @Size(max = PLACE_LENGTH)
  @Column(name = "place_name", length = PLACE_LENGTH, nullable = false)
  private String placeName;

  /** The province that assesses the unit; none for a unit run on its own (a former district). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "province_id")
  private Province province;

  /** The block it is ranked in, always one of its province's. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "block_id")
  private Block block;

  /** What kind of body it is, which says how its documents are signed. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "kind_id")
  private UnitKind kind;

  protected AssessedUnit() {}

  public AssessedUnit(String name, String level, String superiorName, String placeName) {
    describe(name, level, superiorName, placeName);
  }

  /**
   * Names the unit again, e.g. after a merger: its name, its level (a code of {@link UnitLevel}),
   * the body above it and the place of its documents' date line.
   */
  public final void describe(String newName, String newLevel, String superior, String place) {
    String checkedName = required("name", newName, NAME_LENGTH);
    String checkedLevel = required("level", newLevel, UnitLevel.CODE_LENGTH);
    String checkedPlace = required("placeName", place, PLACE_LENGTH);
    String checkedSuperior =
        superior == null || superior.isBlank()
            ? null
            : CleanText.line("superiorName", superior.strip());
    if (checkedSuperior != null && checkedSuperior.length() > NAME_LENGTH) {
      throw new OrganisationRuleException(
          "superiorName", "organisation.unit.superiorName.tooLong", NAME_LENGTH);
    }
    this.name = checkedName;
    this.level = checkedLevel;
    this.superiorName = checkedSuperior;
    this.placeName = checkedPlace;
  }

  /** Only the name changes: the level and the letterhead stay. */
  public void rename(String newName) {
    describe(newName, level, superiorName, placeName);
  }

  private static String required(String field, String value, int maxLength) {
    String stripped = value == null ? "" : CleanText.line(field, value.strip());
    if (stripped.isEmpty()) {
      throw new OrganisationRuleException(field, "organisation.unit." + field + ".required");
    }
    if (stripped.length() > maxLength) {
      throw new OrganisationRuleException(
          field, "organisation.unit." + field + ".tooLong", maxLength);
    }
    return stripped;
  }

  /**
   * Places the unit in a province's block; a block of another province is refused, since the unit
   * would then be ranked by one province and assessed by another.
   */
  public void placeIn(Block newBlock) {
    Objects.requireNonNull(newBlock);
    if (province != null && !province.equals(newBlock.province())) {
      throw new OrganisationRuleException("block", "organisation.unit.block.otherProvince");
    }
    this.province = newBlock.province();
    this.block = newBlock;
  }

  /** The unit belongs to the province without a block yet (or no longer in one). */
  public void belongTo(Province newProvince) {
    if (block != null && !block.province().equals(newProvince)) {
      this.block = null;
    }
    this.province = newProvince;
  }

  public void classifyAs(UnitKind newKind) {
    this.kind = newKind;
  }

  public Optional<Province> province() {
    return Optional.ofNullable(province);
  }

  public Optional<Block> block() {
    return Optional.ofNullable(block);
  }

  public Optional<UnitKind> kind() {
    return Optional.ofNullable(kind);
  }

  /**
   * The line above the unit's name in its letterhead: its kind's when the kind names one ("ỦY BAN
   * NHÂN DÂN" over a commune), otherwise its superior body ("UBND tỉnh Gia Lai"); may be none.
   */
  public String letterheadAbove() {
    return kind().flatMap(UnitKind::letterheadAbove).orElse(superiorName);
  }

  /** How the unit's head signs its documents ("GIÁM ĐỐC"), as its kind says; none without one. */
  public Optional<String> headSignature() {
    return kind().map(UnitKind::headSignature);
  }

  /** How a deputy signs for the head ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"); none without a kind. */
  public Optional<String> deputySignature() {
    return kind().map(UnitKind::deputySignature);
  }

  /** Entities are equal when they are the same row; a new one only to itself. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof AssessedUnit other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return AssessedUnit.class.hashCode();
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String level() {
    return level;
  }

  public String superiorName() {
    return superiorName;
  }

  public String placeName() {
    return placeName;
  }
}
