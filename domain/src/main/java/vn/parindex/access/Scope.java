package vn.parindex.access;

import jakarta.persistence.Query;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Office;
import vn.parindex.organisation.Province;

/**
 * How far one of an account's roles reaches. An office user's reaches its office; a leader's, a
 * consolidator's and a unit's administrator's their unit; a Sở Nội vụ's, a council's and an
 * appraiser's their province; a system administrator's every unit.
 */
public sealed interface Scope {
  /** Covers the unit, or one of its offices. */
  boolean covers(AssessedUnit unit);

  /** Covers this office's own work. */
  boolean coversOffice(Office office);

  /** Covers the whole province: its campaign, its blocks, every one of its units. */
  boolean coversProvince(Province province);

  /**
   * A JPQL condition on a path to a unit ("a.unit") that keeps only the units the scope covers, for
   * a list to filter on; {@link #bind} sets its parameters.
   */
  String condition(String unitPath);

  /** Sets the parameters of {@link #condition} on the query. */
  void bind(Query query);

  /** A system administrator's: every unit. */
  record Everywhere() implements Scope {
    @Override
    public boolean covers(AssessedUnit unit) {
      return true;
    }

    @Override
    public boolean coversOffice(Office office) {
      return true;
    }

    @Override
    public boolean coversProvince(Province province) {
      return true;
    }

    @Override
    public String condition(String unitPath) {
      return "1 = 1";
    }

    @Override
    public void bind(Query query) {}
  }

  /**
   * A province's Sở Nội vụ, council and appraisers: every unit of the province. They read units and
   * never act for an office.
   */
  record InProvince(long id) implements Scope {
    @Override
    public boolean covers(AssessedUnit unit) {
      return unit != null && unit.province().map(p -> p.id() != null && p.id() == id).orElse(false);
    }

    @Override
    public boolean coversOffice(Office office) {
      return false;
    }

    @Override
    public boolean coversProvince(Province province) {
      return province != null && province.id() != null && province.id() == id;
    }

    @Override
    public String condition(String unitPath) {
      return unitPath + ".province.id = :scopeProvince";
    }

    @Override
    public void bind(Query query) {
      query.setParameter("scopeProvince", id);
    }
  }

  /** A unit's leaders, consolidators and administrators: that unit and all its offices. */
  record InUnit(long id) implements Scope {
    @Override
    public boolean covers(AssessedUnit unit) {
      return unit != null && unit.id() != null && unit.id() == id;
    }

    @Override
    public boolean coversOffice(Office office) {
      return office != null && covers(office.unit());
    }

    @Override
    public boolean coversProvince(Province province) {
      return false;
    }

    @Override
    public String condition(String unitPath) {
      return unitPath + ".id = :scopeUnit";
    }

    @Override
    public void bind(Query query) {
      query.setParameter("scopeUnit", id);
    }
  }

  /** An office user's: its own office's work, in its unit. */
  record InOffice(long unit, long officeId) implements Scope {
    @Override
    public boolean covers(AssessedUnit unit) {
      return unit != null && unit.id() != null && unit.id() == this.unit;
    }

    @Override
    public boolean coversOffice(Office office) {
      return office != null && office.id() != null && office.id() == officeId;
    }

    @Override
    public boolean coversProvince(Province province) {
      return false;
    }

    @Override
    public String condition(String unitPath) {
      return unitPath + ".id = :scopeUnit";
    }

    @Override
    public void bind(Query query) {
      query.setParameter("scopeUnit", unit);
    }
  }

  /** A role whose account lacks what it needs (a leader with no unit): nothing at all. */
  record Nowhere() implements Scope {
    @Override
    public boolean covers(AssessedUnit unit) {
      return false;
    }

    @Override
    public boolean coversOffice(Office office) {
      return false;
    }

    @Override
    public boolean coversProvince(Province province) {
      return false;
    }

    @Override
    public String condition(String unitPath) {
      return "1 = 0";
    }

    @Override
    public void bind(Query query) {}
  }
}
