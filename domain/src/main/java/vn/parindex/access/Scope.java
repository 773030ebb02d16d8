package vn.parindex.access;

import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Office;

/**
 * How far one of an account's roles reaches. An office user's reaches its office; a leader's, a
 * consolidator's and a unit's administrator's their unit; a system administrator's every unit. A
 * province's scope (its Sở Nội vụ, appraisers, council) is the next kind to come.
 */
public sealed interface Scope {
  /** Covers the unit, or one of its offices. */
  boolean covers(AssessedUnit unit);

  /** Covers this office's own work. */
  boolean coversOffice(Office office);

  /** The one unit the scope is limited to, for a query to filter on; null for every unit. */
  Long unitId();

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
    public Long unitId() {
      return null;
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
    public Long unitId() {
      return id;
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
    public Long unitId() {
      return unit;
    }
  }

  /**
   * A role whose account lacks what it needs (a leader with no unit): nothing at all. Its unit id
   * is one no unit has, so a query filtering on it finds nothing rather than everything.
   */
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
    public Long unitId() {
      return -1L;
    }
  }
}
