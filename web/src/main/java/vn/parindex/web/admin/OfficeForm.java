package vn.parindex.web.admin;

import java.io.Serializable;
import vn.parindex.organisation.OfficeView;
import vn.parindex.organisation.UnitView;

/** The office dialog: a new office of a unit, or one being renamed (its code stays). */
public class OfficeForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private long unitId;
  private String unitName;
  private boolean creating;
  private String code;
  private String name;
  private boolean consolidating;
  private boolean wasConsolidating;
  private String headTitle;

  void startNew(UnitView unit) {
    unitId = unit.id();
    unitName = unit.name();
    creating = true;
    code = null;
    name = null;
    consolidating = false;
    wasConsolidating = false;
    headTitle = null;
  }

  void start(UnitView unit, OfficeView office) {
    unitId = unit.id();
    unitName = unit.name();
    creating = false;
    code = office.code();
    name = office.name();
    consolidating = office.consolidating();
    wasConsolidating = office.consolidating();
    headTitle = office.headTitle();
  }

  long unitId() {
    return unitId;
  }

  public String getUnitName() {
    return unitName;
  }

  public boolean isCreating() {
    return creating;
  }

  /** The consolidating office stays so until another takes over: its box cannot be unticked. */
  public boolean isWasConsolidating() {
    return wasConsolidating;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** The title its head signs with; empty on a new office: the usual one for its name. */
  public String getHeadTitle() {
    return headTitle;
  }

  public void setHeadTitle(String headTitle) {
    this.headTitle = headTitle;
  }

  public boolean isConsolidating() {
    return consolidating;
  }

  public void setConsolidating(boolean consolidating) {
    this.consolidating = consolidating;
  }
}
