package vn.parindex.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.catalogue.UnitLevelView;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.BlockView;
import vn.parindex.organisation.OfficeView;
import vn.parindex.organisation.OrganisationService;
import vn.parindex.organisation.ProvinceService;
import vn.parindex.organisation.UnitView;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;
import vn.parindex.web.security.Can;

/**
 * Backs the units and offices panel of admin/organisation.xhtml: one table of offices per unit, the
 * unit and office dialogs, and deactivating or deleting an office after a confirmation.
 */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> UNIT_FIELDS =
      Set.of("name", "level", "superiorName", "placeName", "province", "block", "kind");
  private static final Set<String> OFFICE_FIELDS =
      Set.of("code", "name", "consolidating", "headTitle");

  @EJB private OrganisationService organisation;
  @EJB private ProvinceService provinces;
  @Inject private Can can;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private UserAccountsBacking accounts;

  private List<UnitView> units = List.of();
  private Map<Long, List<OfficeView>> offices = Map.of();
  private List<UnitLevelView> levels = List.of();
  private final UnitForm unitForm = new UnitForm();
  private final OfficeForm officeForm = new OfficeForm();
  private UnitView selectedUnit;
  private OfficeView selectedOffice;

  /** Called by f:viewAction. */
  public void load() {
    levels = organisation.levels();
    refresh();
  }

  /** The accounts panel changed who works where: the offices' counts follow. */
  void refresh() {
    units = organisation.units();
    Map<Long, List<OfficeView>> byUnit = new LinkedHashMap<>();
    units.forEach(u -> byUnit.put(u.id(), organisation.offices(u.id())));
    offices = byUnit;
  }

  public void startNewUnit() {
    unitForm.startNew();
  }

  public void startEditUnit(UnitView unit) {
    unitForm.start(unit);
  }

  public void saveUnit() {
    try {
      if (unitForm.isNew()) {
        long id = organisation.createUnit(unitForm.details());
        place(id);
        AdminPage.info(
            messages.message(
                "admin.organisation.unitCreated", AdminPage.locale(), unitForm.getName().strip()));
      } else {
        organisation.describeUnit(unitForm.getId(), unitForm.details());
        place(unitForm.getId());
        AdminPage.info(
            messages.message(
                "admin.organisation.unitSaved", AdminPage.locale(), unitForm.getName().strip()));
      }
      refreshAll();
    } catch (Refusal e) {
      refusals.show(e, "unitForm", UNIT_FIELDS);
    }
  }

  /** Only the system administrator places units in provinces; the dialog offers it no one else. */
  private void place(long unitId) {
    if (can.administerSystem()) {
      provinces.placeUnit(unitId, unitForm.placement());
    }
  }

  /** A block chosen for another province no longer applies. */
  public void provinceChanged(List<BlockView> blocks) {
    if (blocks.stream().noneMatch(b -> b.id() == unitFormBlock())) {
      unitForm.setBlockId(null);
    }
  }

  private long unitFormBlock() {
    return unitForm.getBlockId() == null ? -1 : unitForm.getBlockId();
  }

  public void startNewOffice(UnitView unit) {
    officeForm.startNew(unit);
  }

  public void startEditOffice(UnitView unit, OfficeView office) {
    officeForm.start(unit, office);
  }

  public void saveOffice() {
    try {
      if (officeForm.isCreating()) {
        organisation.createOffice(
            officeForm.unitId(),
            officeForm.getCode(),
            officeForm.getName(),
            officeForm.isConsolidating(),
            blankToNull(officeForm.getHeadTitle()));
        AdminPage.info(
            messages.message(
                "admin.organisation.officeCreated",
                AdminPage.locale(),
                officeForm.getName().strip()));
      } else {
        organisation.changeOffice(
            officeForm.unitId(),
            officeForm.getCode(),
            officeForm.getName(),
            officeForm.isConsolidating() ? Boolean.TRUE : null,
            null,
            blankToNull(officeForm.getHeadTitle()));
        AdminPage.info(
            messages.message(
                "admin.organisation.officeSaved",
                AdminPage.locale(),
                officeForm.getName().strip()));
      }
      refreshAll();
    } catch (Refusal e) {
      refusals.show(e, "officeForm", OFFICE_FIELDS);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public void select(UnitView unit, OfficeView office) {
    selectedUnit = unit;
    selectedOffice = office;
  }

  public void deactivate() {
    change(
        "admin.organisation.officeDeactivated",
        () -> organisation.deactivateOffice(selectedUnit.id(), selectedOffice.code()));
  }

  public void reactivate(UnitView unit, OfficeView office) {
    select(unit, office);
    change(
        "admin.organisation.officeReactivated",
        () -> organisation.reactivateOffice(unit.id(), office.code()));
  }

  public void delete() {
    change(
        "admin.organisation.officeDeleted",
        () -> organisation.deleteOffice(selectedUnit.id(), selectedOffice.code()));
  }

  private void change(String doneKey, Runnable action) {
    try {
      action.run();
      AdminPage.info(messages.message(doneKey, AdminPage.locale(), selectedOffice.name()));
    } catch (Refusal e) {
      refusals.show(e, null);
    }
    refreshAll();
  }

  /** The accounts panel offers the offices too. */
  private void refreshAll() {
    refresh();
    accounts.refresh();
  }

  public List<OfficeView> officesOf(UnitView unit) {
    return offices.getOrDefault(unit.id(), List.of());
  }

  public List<UnitView> getUnits() {
    return units;
  }

  public List<UnitLevelView> getLevels() {
    return levels;
  }

  public UnitForm getUnitForm() {
    return unitForm;
  }

  public OfficeForm getOfficeForm() {
    return officeForm;
  }

  public OfficeView getSelectedOffice() {
    return selectedOffice;
  }
}
