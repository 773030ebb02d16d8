package vn.parindex.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.UserDetails;
import vn.parindex.organisation.UserView;

/** The account dialog: a new account (with its first password) or the one being changed. */
public class UserForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private boolean creating;
  private String username;
  private String displayName;
  private String email;
  private Long unitId;
  private Long officeId;
  private Long provinceId;
  private List<String> roles = new ArrayList<>();
  private String password;

  void startNew(Long unit, Long office) {
    creating = true;
    username = null;
    displayName = null;
    email = null;
    unitId = unit;
    officeId = office;
    provinceId = null;
    roles = new ArrayList<>(List.of(Role.OFFICE.name()));
    password = null;
  }

  void start(UserView user) {
    creating = false;
    username = user.username();
    displayName = user.displayName();
    email = user.email();
    unitId = user.unitId();
    officeId = user.officeId();
    provinceId = user.provinceId();
    roles = new ArrayList<>(user.roles().stream().map(Role::name).toList());
    password = null;
  }

  UserDetails details() {
    Set<Role> chosen = EnumSet.noneOf(Role.class);
    roles.forEach(r -> chosen.add(Role.valueOf(r)));
    return new UserDetails(displayName, email, unitId, officeId, chosen, provinceId);
  }

  /** The password once read, then forgotten: it is not kept in the view state. */
  char[] takePassword() {
    char[] chars = password == null ? new char[0] : password.toCharArray();
    password = null;
    return chars;
  }

  public boolean isCreating() {
    return creating;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public Long getOfficeId() {
    return officeId;
  }

  public void setOfficeId(Long officeId) {
    this.officeId = officeId;
  }

  /** The province a Sở Nội vụ, council or appraiser account reaches. */
  public Long getProvinceId() {
    return provinceId;
  }

  public void setProvinceId(Long provinceId) {
    this.provinceId = provinceId;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
