package vn.parindex.web.admin;

import java.io.Serializable;
import vn.parindex.organisation.UnitDetails;
import vn.parindex.organisation.UnitView;

/** The unit dialog: a new unit (no id) or the one being renamed. */
public class UnitForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private String name;
  private String level;
  private String superiorName;
  private String placeName;

  void startNew() {
    id = null;
    name = null;
    level = null;
    superiorName = null;
    placeName = null;
  }

  void start(UnitView unit) {
    id = unit.id();
    name = unit.name();
    level = unit.level();
    superiorName = unit.superiorName();
    placeName = unit.placeName();
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
}
