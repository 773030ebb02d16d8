package vn.parindex.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.OfficeView;
import vn.parindex.organisation.OrganisationService;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.SignInLockView;
import vn.parindex.organisation.UnitView;
import vn.parindex.organisation.UserView;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs the accounts panel of admin/organisation.xhtml: the accounts filtered by unit and office,
 * the account dialog, the password reset, disabling or enabling after a confirmation and lifting a
 * sign-in lock.
 */
@Named
@ViewScoped
public class UserAccountsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> USER_FIELDS =
      Set.of("username", "displayName", "email", "officeId", "roles", "password", "province");

  @EJB private OrganisationService organisation;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private OrganisationBacking organisationPanel;

  private List<UnitView> units = List.of();
  private List<OfficeView> offices = List.of();
  private List<UserView> users = List.of();
  private Map<String, SignInLockView> locks = Map.of();
  private Long filterUnit;
  private Long filterOffice;
  private final UserForm form = new UserForm();
  private UserView selected;
  private String newPassword;

  /** Called by f:viewAction. */
  public void load() {
    refresh();
  }

  void refresh() {
    units = organisation.units();
    offices = units.stream().flatMap(u -> organisation.offices(u.id()).stream()).toList();
    if (filterOffice != null && offices.stream().noneMatch(o -> o.id() == filterOffice)) {
      filterOffice = null;
    }
    users = organisation.users(filterUnit, filterOffice);
    locks =
        organisation.signInLocks().stream()
            .filter(l -> "ACCOUNT".equals(l.kind()))
            .collect(Collectors.toMap(SignInLockView::name, l -> l, (a, b) -> a));
  }

  /** The delay or lock that failed sign-ins put on the account, none when it may sign in. */
  public SignInLockView lockOf(UserView user) {
    return locks.get(user.username());
  }

  /** Lifts it at once: the user may sign in again with the right password. */
  public void unlock(UserView user) {
    try {
      organisation.unlock(user.username());
      AdminPage.info(messages.message("admin.users.unlocked", AdminPage.locale(), user.username()));
    } catch (Refusal e) {
      refusals.show(e, (String) null);
    }
    refresh();
  }

  /** The unit filter changed: an office of another unit no longer applies. */
  public void filterByUnit() {
    if (filterOffice != null
        && offices.stream()
            .noneMatch(o -> o.id() == filterOffice && Objects.equals(o.unitId(), filterUnit))) {
      filterOffice = null;
    }
    refresh();
  }

  public void filter() {
    refresh();
  }

  /** The offices of a unit, or of every unit; the closed ones only to filter by. */
  public List<OfficeView> filterOffices() {
    return offices.stream().filter(o -> filterUnit == null || o.unitId() == filterUnit).toList();
  }

  /** What the account dialog offers: the open offices of its unit, and the account's own. */
  public List<OfficeView> formOffices() {
    return offices.stream()
        .filter(o -> form.getUnitId() == null || o.unitId() == form.getUnitId())
        .filter(o -> o.active() || Objects.equals(o.id(), form.getOfficeId()))
        .toList();
  }

  /** The unit changed in the dialog: its office must be one of that unit. */
  public void formUnitChanged() {
    if (formOffices().stream().noneMatch(o -> Objects.equals(o.id(), form.getOfficeId()))) {
      form.setOfficeId(null);
    }
  }

  public void startNew() {
    form.startNew(
        filterUnit != null ? filterUnit : units.size() == 1 ? units.get(0).id() : null,
        filterOffice);
  }

  public void startEdit(UserView user) {
    form.start(user);
  }

  public void save() {
    try {
      if (form.isCreating()) {
        organisation.createUser(form.getUsername(), form.details(), form.takePassword());
        AdminPage.info(
            messages.message(
                "admin.users.created", AdminPage.locale(), form.getUsername().strip()));
      } else {
        organisation.changeUser(form.getUsername(), form.details());
        AdminPage.info(
            messages.message("admin.users.saved", AdminPage.locale(), form.getUsername()));
      }
      refresh();
      organisationPanel.refresh();
    } catch (Refusal e) {
      refusals.show(e, "userForm", USER_FIELDS);
    }
  }

  public void select(UserView user) {
    selected = user;
    newPassword = null;
  }

  public void resetPassword() {
    char[] password = newPassword == null ? new char[0] : newPassword.toCharArray();
    newPassword = null;
    try {
      organisation.resetPassword(selected.username(), password);
      AdminPage.info(
          messages.message("admin.users.passwordReset", AdminPage.locale(), selected.username()));
    } catch (Refusal e) {
      refusals.show(e, "passwordForm", Set.of("password"));
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  public void disable() {
    switchAccount(true);
  }

  public void enable() {
    switchAccount(false);
  }

  private void switchAccount(boolean disable) {
    try {
      if (disable) {
        organisation.disable(selected.username());
      } else {
        organisation.enable(selected.username());
      }
      AdminPage.info(
          messages.message(
              disable ? "admin.users.disabled" : "admin.users.enabled",
              AdminPage.locale(),
              selected.username()));
    } catch (Refusal e) {
      refusals.show(e, null);
    }
    refresh();
    organisationPanel.refresh();
  }

  public List<Role> getRoles() {
    return List.of(Role.values());
  }

  public List<UnitView> getUnits() {
    return units;
  }

  public List<UserView> getUsers() {
    return users;
  }

  public Long getFilterUnit() {
    return filterUnit;
  }

  public void setFilterUnit(Long filterUnit) {
    this.filterUnit = filterUnit;
  }

  public Long getFilterOffice() {
    return filterOffice;
  }

  public void setFilterOffice(Long filterOffice) {
    this.filterOffice = filterOffice;
  }

  public UserForm getForm() {
    return form;
  }

  public UserView getSelected() {
    return selected;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
