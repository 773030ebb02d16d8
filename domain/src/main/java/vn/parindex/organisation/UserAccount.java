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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A person who signs in to the portal; an office user belongs to exactly one office. */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = UserAccount.BY_USERNAME,
    query = "select u from UserAccount u left join fetch u.office where u.username = :username")
public class UserAccount {
  public static final String BY_USERNAME = "UserAccount.byUsername";
  public static final int USERNAME_LENGTH = 60;
  public static final int EMAIL_LENGTH = 254;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = USERNAME_LENGTH)
  @Column(name = "username", length = USERNAME_LENGTH, nullable = false, unique = true)
  private String username;

  @NotBlank
  @Size(max = 200)
  @Column(name = "display_name", length = 200, nullable = false)
  private String displayName;

  @Column(name = "password_hash", length = 200, nullable = false)
  private String passwordHash;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "office_id")
  private Office office;

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

  public UserAccount(
      String username, String displayName, char[] password, Office office, Set<Role> roles) {
    this.username = Objects.requireNonNull(username).strip();
    this.displayName = Objects.requireNonNull(displayName).strip();
    this.passwordHash = PasswordHash.hash(password);
    this.office = office;
    this.roles = EnumSet.copyOf(roles);
    if (this.roles.contains(Role.OFFICE) && office == null) {
      throw new IllegalArgumentException("An office user needs an office");
    }
  }

  public boolean checkPassword(char[] password) {
    return enabled && PasswordHash.matches(password, passwordHash);
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
      throw new IllegalArgumentException("Not an e-mail address: " + newEmail);
    }
    this.email = address.isEmpty() ? null : address;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
