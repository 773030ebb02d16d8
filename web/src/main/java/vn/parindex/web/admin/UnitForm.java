package vn.parindex.web.admin;

import java.io.Serializable;
import vn.parindex.organisation.UnitDetails;
import vn.parindex.organisation.UnitPlacement;
import vn.parindex.organisation.UnitView;

/**
 * The unit dialog: a new unit (no id) or the one being renamed; the system administrator also
 * places it in a province, a block and a kind.
 */
public class UnitForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private String name;
  private String level;
  private String superiorName;
  private String placeName;
  private Long provinceId;
  private Long blockId;
  private String kindCode;

  void startNew() {
    id = null;
    name = null;
    level = null;
    superiorName = null;
    placeName = null;
    provinceId = null;
    blockId = null;
    kindCode = null;
  }

  void start(UnitView unit) {
    id = unit.id();
    name = unit.name();
    level = unit.level();
    superiorName = unit.superiorName();
    placeName = unit.placeName();
    provinceId = unit.provinceId();
    blockId = unit.blockId();
    kindCode = unit.kindCode();
  }

  UnitPlacement placement() {
    return new UnitPlacement(provinceId, blockId, kindCode);
  }

  UnitDetails details() {
    return new UnitDetails(name, level, superiorName, placeName);
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getSuperiorName() {
    return superiorName;
  }

  public void setSuperiorName(String superiorName) {
    this.superiorName = superiorName;
  }

  public String getPlaceName() {
    return placeName;
  }

  public void setPlaceName(String placeName) {
    this.placeName = placeName;
  }

  public Long getProvinceId() {
    return provinceId;
  }

  public void setProvinceId(Long provinceId) {
    this.provinceId = provinceId;
  }

  public Long getBlockId() {
    return blockId;
  }

  public void setBlockId(Long blockId) {
    this.blockId = blockId;
  }

  public String getKindCode() {
    return kindCode;
  }

  public void setKindCode(String kindCode) {
    this.kindCode = kindCode;
  }
}
