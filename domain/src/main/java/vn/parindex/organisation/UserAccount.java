package vn.parindex.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.parindex.kernel.CleanText;

/** A person who signs in to the portal; an office user belongs to exactly one office. */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = UserAccount.BY_USERNAME,
    query =
        "select u from UserAccount u left join fetch u.office left join fetch u.roles"
            + " where u.username = :username")
public class UserAccount {
  public static final String BY_USERNAME = "UserAccount.byUsername";
  public static final int USERNAME_LENGTH = 60;
  public static final int EMAIL_LENGTH = 254;
  public static final int DISPLAY_NAME_LENGTH = 200;
  public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
  public static final int MAX_PASSWORD_LENGTH = PasswordPolicy.MAX_LENGTH;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = USERNAME_LENGTH)
  @Column(name = "username", length = USERNAME_LENGTH, nullable = false, unique = true)
  private String username;

  @NotBlank
  @Size(max = DISPLAY_NAME_LENGTH)
  @Column(name = "display_name", length = DISPLAY_NAME_LENGTH, nullable = false)
  private String displayName;

  @Column(name = "password_hash", length = 200, nullable = false)
  private String passwordHash;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "office_id")
  private Office office;

  /**
   * The unit the account's leader, consolidator or administrator roles reach, independent of its
   * office (a leader has none); always the office's unit when it has one. None for a system
   * administrator.
   */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private AssessedUnit unit;

  /**
   * The province a Sở Nội vụ, council or appraiser role reaches. An appraiser's unit is its member
   * department, whose assigned areas it appraises.
   */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "province_id")
  private Province province;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20, nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  /** Where notifications go; a user without one is told only in the portal. */
  @Email
  @Size(max = EMAIL_LENGTH)
  @Column(name = "email", length = EMAIL_LENGTH)
  private String email;

  protected UserAccount() {}

  /**
   * An account as the demo data creates it: the password is not checked against the rules for new
   * passwords ({@link #open} does that), the roles are.
   */
  public UserAccount(
      String username, String displayName, char[] password, Office office, Set<Role> roles) {
    String checkedName = username == null ? "" : username.strip();
    if (!checkedName.matches("[a-z0-9][a-z0-9._-]*") || checkedName.length() > USERNAME_LENGTH) {
      throw new OrganisationRuleException(
          "username", "organisation.user.username.invalid", USERNAME_LENGTH);
    }
    this.username = checkedName;
    rename(displayName);
    this.passwordHash = PasswordHash.hash(password);
    reassign(office, roles);
  }

  /** A new account the administrator opens, with a password the {@link PasswordPolicy} accepts. */
  public static UserAccount open(
      String username, String displayName, char[] password, Office office, Set<Role> roles) {
    PasswordPolicy.check(username, password);
    return new UserAccount(username, displayName, password, office, roles);
  }

  /** Entities are equal when they are the same row; a new one only to itself. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof UserAccount other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return UserAccount.class.hashCode();
  }

  /**
   * False for a disabled account whatever the password. The hash is computed either way, so that a
   * disabled account takes as long to refuse as a wrong password.
   */
  public boolean checkPassword(char[] password) {
    boolean matches = PasswordHash.matches(password, passwordHash);
    return matches && enabled;
  }

  /**
   * Whether the password is this account's, enabled or not: a disabled account's owner, who typed
   * the right password, may be told that it is disabled (see {@link #isEnabled()}).
   */
  public boolean passwordMatches(char[] password) {
    return PasswordHash.matches(password, passwordHash);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Optional<Office> office() {
    return Optional.ofNullable(office);
  }

  /** The unit the account's roles reach; see {@link vn.parindex.access.AccessPolicy}. */
  public Optional<AssessedUnit> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * Limits the account to a unit (none: a system administrator, or a leader not yet placed). An
   * account of an office stays in its office's unit.
   */
  public void scopeTo(AssessedUnit newUnit) {
    if (office != null && (newUnit == null || !office.unit().equals(newUnit))) {
      throw new OrganisationRuleException("unit", "organisation.user.unit.notOfficeUnit");
    }
    this.unit = newUnit;
  }

  /**
   * The province the account's province roles reach; see {@link vn.parindex.access.AccessPolicy}.
   */
  public Optional<Province> province() {
    return Optional.ofNullable(province);
  }

  /** Gives the account's province roles their province (none: they reach nothing). */
  public void serveProvince(Province newProvince) {
    this.province = newProvince;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** Sets or clears (blank) the address notifications are sent to. */
  public void changeEmail(String newEmail) {
    String address = newEmail == null ? "" : newEmail.strip();
    if (address.length() > EMAIL_LENGTH
        || (!address.isEmpty() && !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      throw new OrganisationRuleException("email", "organisation.user.email.invalid", newEmail);
    }
    this.email = address.isEmpty() ? null : address;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void rename(String newDisplayName) {
    String checked =
        newDisplayName == null ? "" : CleanText.line("displayName", newDisplayName.strip());
    if (checked.isEmpty()) {
      throw new OrganisationRuleException("displayName", "organisation.user.displayName.required");
    }
    if (checked.length() > DISPLAY_NAME_LENGTH) {
      throw new OrganisationRuleException(
          "displayName", "organisation.user.displayName.tooLong", DISPLAY_NAME_LENGTH);
    }
    this.displayName = checked;
  }

  /** The account now holds exactly these roles, in its current office. */
  public void grant(Set<Role> newRoles) {
    reassign(office, newRoles);
  }

  /** The account now works for this office (none for an administrator or a leader). */
  public void moveTo(Office newOffice) {
    reassign(newOffice, roles);
  }

  /**
   * Office and roles change together, because each limits the other: an office user needs an
   * office, a consolidator needs the unit's consolidating office, and a closed office takes no one
   * new.
   */
  public final void reassign(Office newOffice, Set<Role> newRoles) {
    if (newRoles == null || newRoles.isEmpty()) {
      throw new OrganisationRuleException("roles", "organisation.user.roles.required");
    }
    if (newOffice != null && !newOffice.isActive() && !newOffice.equals(office)) {
      throw new OrganisationRuleException(
          "office", "organisation.user.office.inactive", newOffice.name());
    }
    if (newRoles.contains(Role.OFFICE) && newOffice == null) {
      throw new OrganisationRuleException("office", "organisation.user.office.requiredForOffice");
    }
    if (newRoles.contains(Role.CONSOLIDATOR)
        && (newOffice == null || !newOffice.isConsolidator())) {
      throw new OrganisationRuleException(
          "office", "organisation.user.office.requiredForConsolidator");
    }
    this.office = newOffice;
    if (newOffice != null) {
      this.unit = newOffice.unit();
    }
    this.roles = EnumSet.copyOf(newRoles);
  }

  /** The administrator sets a new password; the old one stops working at once. */
  public void resetPassword(char[] newPassword) {
    PasswordPolicy.check(username, newPassword);
    this.passwordHash = PasswordHash.hash(newPassword);
  }

  /** The account can no longer sign in; everything it did stays. */
  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
