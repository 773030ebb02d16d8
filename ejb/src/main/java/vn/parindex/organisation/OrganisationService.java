package vn.parindex.organisation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.parindex.access.AccessPolicy;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.catalogue.UnitLevelView;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;

/**
 * The administrator's management of who is assessed and who works: units, their offices and the
 * portal's accounts. The entities carry the rules; this service adds those that need the database
 * (unique names, one consolidating office per unit, references to an office, the last
 * administrator) or the caller (no one disables or demotes themselves).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class OrganisationService {
  /** The roles that reach a province rather than a unit. */
  private static final Set<Role> PROVINCE_ROLES =
      EnumSet.of(Role.PROVINCE, Role.COUNCIL, Role.APPRAISER);

  /** Counts of what refers to an office; the accounts come first (the page shows them). */
  private static final List<String> OFFICE_REFERENCES =
      List.of(
          "select count(x) from UserAccount x where x.office = :office",
          "select count(x) from Assignment x where x.office = :office",
          "select count(x) from Evidence x where x.office = :office",
          "select count(x) from DeadlineExtension x where x.office = :office",
          "select count(x) from OfficeNotice x where x.office = :office");

  @Inject private EntityManager em;
  @Inject private Logger log;
  @Resource private SessionContext context;
  @EJB private CallerAccount caller;
  private final SignInSettings signIn = SignInSettings.fromEnvironment();

  // ---------------------------------------------------------------- units

  public List<UnitLevelView> levels() {
    return em.createNamedQuery(UnitLevel.ALL, UnitLevel.class)
        .getResultStream()
        .map(l -> new UnitLevelView(l.code(), l.name()))
        .toList();
  }

  public List<UnitView> units() {
    Map<String, String> levelNames =
        levels().stream()
            .collect(Collectors.toMap(UnitLevelView::code, UnitLevelView::name, (a, b) -> a));
    Map<Long, Long> officeCounts =
        em.createQuery(
                "select o.unit.id, count(o) from Office o group by o.unit.id", Object[].class)
            .getResultStream()
            .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    AccessPolicy policy = caller.policy();
    return em.createQuery(
            "select u from AssessedUnit u left join fetch u.province left join fetch u.block"
                + " left join fetch u.kind order by u.name",
            AssessedUnit.class)
        .getResultStream()
        .filter(u -> policy.may(Permission.ADMINISTER, u))
        .map(u -> view(u, levelNames.getOrDefault(u.level(), u.level()), officeCounts))
        .toList();
  }

  public UnitView unit(long unitId) {
    AssessedUnit unit = findUnit(unitId);
    return units().stream()
        .filter(u -> u.id() == unit.id())
        .findFirst()
        .orElseThrow(() -> new NotFoundException("organisation.unit.notFound", unitId));
  }

  public long createUnit(UnitDetails details) {
    if (!caller.policy().administersSystem()) {
      throw new AccessDeniedException("access.denied");
    }
    requireLevel(details.level());
    AssessedUnit unit =
        ruled(
            () ->
                new AssessedUnit(
                    details.name(), details.level(), details.superiorName(), details.placeName()));
    em.persist(unit);
    em.flush();
    return unit.id();
  }

  /** Renames a unit, or moves it to another level when the administrative map changes. */
  public void describeUnit(long unitId, UnitDetails details) {
    AssessedUnit unit = findUnit(unitId);
    requireLevel(details.level());
    ruled(
        () -> {
          unit.describe(
              details.name(), details.level(), details.superiorName(), details.placeName());
          return unit;
        });
  }

  // ---------------------------------------------------------------- offices

  /** The unit's offices, the consolidating one first, then active before deactivated. */
  public List<OfficeView> offices(long unitId) {
    AssessedUnit unit = findUnit(unitId);
    return em.createQuery(
            "select o from Office o where o.unit = :unit order by o.name", Office.class)
        .setParameter("unit", unit)
        .getResultStream()
        .map(this::view)
        .sorted(
            Comparator.comparing((OfficeView o) -> !o.consolidating())
                .thenComparing(o -> !o.active()))
        .toList();
  }

  public OfficeView office(long unitId, String code) {
    return view(findOffice(unitId, code));
  }

  /** A new office; when it is to consolidate, it takes over from the unit's current one. */
  public OfficeView createOffice(long unitId, String code, String name, boolean consolidating) {
    return createOffice(unitId, code, name, consolidating, null);
  }

  /** A new office whose head signs with the title given (none: the usual one for its name). */
  public OfficeView createOffice(
      long unitId, String code, String name, boolean consolidating, String headTitle) {
    AssessedUnit unit = findUnit(unitId);
    Office office = ruled(() -> new Office(unit, code, name, false));
    if (headTitle != null) {
      office.entitleHead(headTitle);
    }
    if (findOfficeOrNull(unitId, office.code()) != null) {
      throw new BusinessException("organisation.office.code.duplicate", office.code(), unit.name())
          .onField("code");
    }
    em.persist(office);
    if (consolidating) {
      takeOverConsolidation(office);
    }
    em.flush();
    return view(office);
  }

  /**
   * Changes what is given: the name, whether the office consolidates (only "yes": the unit keeps a
   * consolidating office until another one takes over), whether it is active.
   */
  public OfficeView changeOffice(
      long unitId, String code, String name, Boolean consolidating, Boolean active) {
    return changeOffice(unitId, code, name, consolidating, active, null);
  }

  /** As above, and the title its head signs with when given. */
  public OfficeView changeOffice(
      long unitId,
      String code,
      String name,
      Boolean consolidating,
      Boolean active,
      String headTitle) {
    Office office = findOffice(unitId, code);
    if (headTitle != null) {
      office.entitleHead(headTitle);
    }
    if (name != null) {
      ruled(
          () -> {
            office.rename(name);
            return office;
          });
    }
    if (Boolean.TRUE.equals(active) && !office.isActive()) {
      office.reactivate();
    }
    if (Boolean.TRUE.equals(consolidating) && !office.isConsolidator()) {
      takeOverConsolidation(office);
    } else if (Boolean.FALSE.equals(consolidating) && office.isConsolidator()) {
      throw new BusinessException("organisation.office.consolidatingRequired", office.name())
          .onField("consolidating");
    }
    if (Boolean.FALSE.equals(active) && office.isActive()) {
      deactivate(office);
    }
    return view(office);
  }

  public OfficeView renameOffice(long unitId, String code, String name) {
    return changeOffice(unitId, code, name, null, null);
  }

  public OfficeView makeConsolidating(long unitId, String code) {
    return changeOffice(unitId, code, null, true, null);
  }

  public OfficeView deactivateOffice(long unitId, String code) {
    return changeOffice(unitId, code, null, null, false);
  }

  public OfficeView reactivateOffice(long unitId, String code) {
    return changeOffice(unitId, code, null, null, true);
  }

  /**
   * Deletes an office nothing refers to; one with accounts, assignments or evidence is deactivated
   * instead, so that its history stays readable.
   */
  public void deleteOffice(long unitId, String code) {
    Office office = findOffice(unitId, code);
    if (isReferenced(office)) {
      throw new BusinessException("organisation.office.referenced", office.name());
    }
    if (office.isConsolidator()) {
      throw new BusinessException(
          "organisation.office.consolidatingCannotDeactivate", office.name());
    }
    em.remove(office);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // a table added later that refers to offices and is not counted above
      throw new BusinessException("organisation.office.referenced", office.name());
    }
  }

  private void deactivate(Office office) {
    long enabledUsers =
        em.createQuery(
                "select count(u) from UserAccount u where u.office = :office and u.enabled = true",
                Long.class)
            .setParameter("office", office)
            .getSingleResult();
    if (enabledUsers > 0) {
      throw new BusinessException(
              "organisation.office.hasEnabledUsers", office.name(), enabledUsers)
          .onField("active");
    }
    ruled(
        () -> {
          office.deactivate();
          return office;
        });
  }

  /**
   * Makes the office the unit's only consolidating one. Refused while the current one still has
   * consolidators: they would be left in an office that no longer consolidates.
   */
  private void takeOverConsolidation(Office office) {
    List<Office> current =
        em.createQuery(
                "select o from Office o where o.unit = :unit and o.consolidator = true"
                    + " and o <> :office",
                Office.class)
            .setParameter("unit", office.unit())
            .setParameter("office", office)
            .getResultList();
    for (Office previous : current) {
      List<String> consolidators =
          em.createQuery(
                  "select u.username from UserAccount u join u.roles r"
                      + " where u.office = :office and r = :role order by u.username",
                  String.class)
              .setParameter("office", previous)
              .setParameter("role", Role.CONSOLIDATOR)
              .getResultList();
      if (!consolidators.isEmpty()) {
        throw new BusinessException(
                "organisation.office.consolidatorsRemain",
                previous.name(),
                String.join(", ", consolidators))
            .onField("consolidating");
      }
      previous.stopConsolidating();
    }
    ruled(
        () -> {
          office.makeConsolidating();
          return office;
        });
  }

  // ---------------------------------------------------------------- users

  /** Accounts by user name, of one unit or one office when given. */
  public List<UserView> users(Long unitId, Long officeId) {
    AccessPolicy policy = caller.policy();
    if (unitId != null) {
      findUnit(unitId);
    }
    StringBuilder jpql =
        new StringBuilder(
            "select u, o, n from UserAccount u left join u.office o left join o.unit n where 1 = 1");
    if (unitId != null) {
      jpql.append(" and n.id = :unit");
    }
    if (officeId != null) {
      jpql.append(" and o.id = :office");
    }
    jpql.append(" order by u.username");
    TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
    if (unitId != null) {
      query.setParameter("unit", unitId);
    }
    if (officeId != null) {
      query.setParameter("office", officeId);
    }
    return query
        .getResultStream()
        .map(r -> (UserAccount) r[0])
        .filter(u -> administers(policy, u))
        .map(OrganisationService::view)
        .toList();
  }

  /** A unit's administrator sees its unit's accounts; a system administrator every account. */
  private static boolean administers(AccessPolicy policy, UserAccount account) {
    return policy.administersSystem()
        || account.unit().map(u -> policy.may(Permission.ADMINISTER, u)).orElse(false);
  }

  public UserView user(String username) {
    return view(findUser(username));
  }

  public UserView createUser(String username, UserDetails details, char[] password) {
    Office office = officeOrNone(details.officeId());
    Set<Role> roles = roles(details.roles());
    AssessedUnit unit = placement(office, details.unitId());
    Province province = provinceOrNone(details.provinceId(), null);
    requireProvinceFits(roles, province, unit);
    UserAccount account =
        ruled(
            () -> {
              UserAccount opened =
                  UserAccount.open(username, details.displayName(), password, office, roles);
              opened.scopeTo(unit);
              return opened;
            });
    account.serveProvince(province);
    if (exists(account.username())) {
      throw new BusinessException("organisation.user.username.duplicate", account.username())
          .onField("username");
    }
    changeEmail(account, details.email());
    em.persist(account);
    em.flush();
    return view(account);
  }

  /** Sets the display name, e-mail, office and roles as given. */
  public UserView changeUser(String username, UserDetails details) {
    UserAccount account = findUser(username);
    Office office = officeOrNone(details.officeId());
    Set<Role> roles = roles(details.roles());
    if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      requireNotCaller(account, "organisation.user.cannotDemoteSelf");
      requireAnotherAdministrator(account);
    }
    AssessedUnit unit = placement(office, details.unitId());
    Province province = provinceOrNone(details.provinceId(), account);
    requireProvinceFits(roles, province, unit);
    ruled(
        () -> {
          account.rename(details.displayName());
          account.reassign(office, roles);
          account.scopeTo(unit);
          return account;
        });
    account.serveProvince(province);
    changeEmail(account, details.email());
    return view(account);
  }

  public void resetPassword(String username, char[] password) {
    UserAccount account = findUser(username);
    ruled(
        () -> {
          account.resetPassword(password);
          return account;
        });
  }

  public UserView disable(String username) {
    UserAccount account = findUser(username);
    requireNotCaller(account, "organisation.user.cannotDisableSelf");
    if (account.hasRole(Role.ADMIN) && account.isEnabled()) {
      requireAnotherAdministrator(account);
    }
    account.disable();
    return view(account);
  }

  public UserView enable(String username) {
    UserAccount account = findUser(username);
    account.enable();
    return view(account);
  }

  // ---------------------------------------------------------------- sign-in throttling

  /** The user names and addresses whose sign-ins are refused now, locks first, latest first. */
  public List<SignInLockView> signInLocks() {
    // names and addresses of every unit
    caller.requireSystemAdministrator();
    Instant now = Instant.now();
    return em.createQuery("select a from SignInAttempts a", SignInAttempts.class)
        .getResultStream()
        .flatMap(
            a ->
                a
                    .refusedUntil(now, signIn.ruleFor(a))
                    .map(until -> SignInLockView.of(a, until, now))
                    .stream())
        .sorted(
            Comparator.comparing((SignInLockView v) -> !v.locked())
                .thenComparing(SignInLockView::until, Comparator.reverseOrder()))
        .toList();
  }

  /** The account's failed sign-ins, and whether they refuse it now. */
  public SignInLockView signInLock(String username) {
    UserAccount account = findUser(username);
    Instant now = Instant.now();
    SignInAttempts attempts =
        em.find(SignInAttempts.class, SignInAttempts.accountSubject(account.username()));
    if (attempts == null || attempts.forgotten(now, signIn.account())) {
      return new SignInLockView("ACCOUNT", account.username(), 0, null, false);
    }
    return SignInLockView.of(
        attempts, attempts.refusedUntil(now, signIn.account()).orElse(null), now);
  }

  /** Lifts the delay or lock of the account's sign-ins and forgets its failures. */
  public void unlock(String username) {
    UserAccount account = findUser(username);
    forgetSignInFailures(SignInAttempts.accountSubject(account.username()));
    log.info(
        () ->
            String.format(
                "Sign-in failures of account '%s' cleared by %s",
                account.username(), context.getCallerPrincipal().getName()));
  }

  /**
   * Lifts the delay or lock of a client address, for instance the router a whole office signs in
   * through; nothing happens for an address without failures.
   */
  public void unlockAddress(String address) {
    caller.requireSystemAdministrator();
    forgetSignInFailures(SignInAttempts.addressSubject(address));
    log.info(
        () ->
            String.format(
                "Sign-in failures of address %s cleared by %s",
                address.strip(), context.getCallerPrincipal().getName()));
  }

  private void forgetSignInFailures(String subject) {
    em.createQuery("delete from SignInAttempts a where a.subject = :subject")
        .setParameter("subject", subject)
        .executeUpdate();
  }

  private void requireNotCaller(UserAccount account, String messageKey) {
    if (account.username().equals(context.getCallerPrincipal().getName())) {
      throw new BusinessException(messageKey);
    }
  }

  /** Someone must still be able to administer the portal afterwards. */
  private void requireAnotherAdministrator(UserAccount account) {
    long others =
        em.createQuery(
                "select count(u) from UserAccount u join u.roles r"
                    + " where r = :role and u.enabled = true and u <> :account",
                Long.class)
            .setParameter("role", Role.ADMIN)
            .setParameter("account", account)
            .getSingleResult();
    if (others == 0) {
      throw new BusinessException("organisation.user.lastAdmin", account.username());
    }
  }

  /**
   * The province an account's province roles are to reach. Only the system administrator gives or
   * changes it (403): a unit's administrator may keep the one an account of its unit has.
   */
  private Province provinceOrNone(Long provinceId, UserAccount account) {
    Province current = account == null ? null : account.province().orElse(null);
    boolean unchanged =
        provinceId == null ? current == null : current != null && provinceId.equals(current.id());
    if (unchanged) {
      return current;
    }
    caller.requireSystemAdministrator();
    if (provinceId == null) {
      return null;
    }
    Province province = em.find(Province.class, provinceId);
    if (province == null) {
      throw new NotFoundException("organisation.province.notFound", provinceId).onField("province");
    }
    return province;
  }

  /**
   * A Sở Nội vụ's, council's or appraiser's account needs the province its role reaches, and only
   * such an account has one. An appraiser works for a member department: its unit, in the province.
   */
  private static void requireProvinceFits(Set<Role> roles, Province province, AssessedUnit unit) {
    boolean provinceRole = roles.stream().anyMatch(PROVINCE_ROLES::contains);
    if (provinceRole && province == null) {
      throw new BusinessException("organisation.user.province.required").onField("province");
    }
    if (!provinceRole && province != null) {
      throw new BusinessException("organisation.user.province.withoutRole").onField("province");
    }
    if (roles.contains(Role.APPRAISER)
        && (unit == null || !unit.province().map(province::equals).orElse(false))) {
      throw new BusinessException("organisation.user.appraiser.department", province.name())
          .onField("unit");
    }
  }

  private static void changeEmail(UserAccount account, String email) {
    account.changeEmail(email);
  }

  private static Set<Role> roles(Set<Role> roles) {
    return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  private boolean exists(String username) {
    return !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultList()
        .isEmpty();
  }

  // ---------------------------------------------------------------- lookups and views

  /**
   * The office with this code, for the API, which names offices by code: in the unit when given,
   * otherwise the only office of any unit with that code.
   */
  public long officeId(Long unitId, String code) {
    if (unitId != null) {
      return findOffice(unitId, code).id();
    }
    List<Long> ids =
        em.createQuery("select o.id from Office o where o.code = :code", Long.class)
            .setParameter("code", code == null ? "" : code.strip())
            .getResultList();
    if (ids.isEmpty()) {
      throw new NotFoundException("organisation.office.notFound", code);
    }
    if (ids.size() > 1) {
      throw new BusinessException("organisation.office.ambiguous", code).onField("unit");
    }
    return ids.get(0);
  }

  /** The unit, when the caller administers it; 404 for any other. */
  private AssessedUnit findUnit(long unitId) {
    AssessedUnit unit = em.find(AssessedUnit.class, unitId);
    if (unit == null || !caller.policy().may(Permission.ADMINISTER, unit)) {
      throw new NotFoundException("organisation.unit.notFound", unitId);
    }
    return unit;
  }

  private Office findOffice(long unitId, String code) {
    Office office = findOfficeOrNull(unitId, code);
    if (office == null) {
      throw new NotFoundException("organisation.office.notFound", code);
    }
    return office;
  }

  private Office findOfficeOrNull(long unitId, String code) {
    findUnit(unitId);
    return em.createQuery(
            "select o from Office o where o.unit.id = :unit and o.code = :code", Office.class)
        .setParameter("unit", unitId)
        .setParameter("code", code == null ? "" : code.strip())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Office officeOrNone(Long officeId) {
    if (officeId == null) {
      return null;
    }
    Office office = em.find(Office.class, officeId);
    if (office == null || !caller.policy().may(Permission.ADMINISTER, office.unit())) {
      throw new NotFoundException("organisation.office.notFound", officeId);
    }
    return office;
  }

  /** The account, when the caller administers it; 404 for any other. */
  private UserAccount findUser(String username) {
    AccessPolicy policy = caller.policy();
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .filter(u -> administers(policy, u))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("organisation.user.notFound", username));
  }

  private void requireLevel(String level) {
    boolean known =
        level != null && levels().stream().anyMatch(l -> l.code().equals(level.strip()));
    if (!known) {
      throw new BusinessException("organisation.unit.level.unknown", String.valueOf(level))
          .onField("level");
    }
  }

  private boolean isReferenced(Office office) {
    return OFFICE_REFERENCES.stream()
        .anyMatch(
            jpql ->
                em.createQuery(jpql, Long.class).setParameter("office", office).getSingleResult()
                    > 0);
  }

  private long userCount(Office office) {
    return em.createQuery(OFFICE_REFERENCES.get(0), Long.class)
        .setParameter("office", office)
        .getSingleResult();
  }

  private static UnitView view(AssessedUnit u, String levelName, Map<Long, Long> officeCounts) {
    Province province = u.province().orElse(null);
    Block block = u.block().orElse(null);
    UnitKind kind = u.kind().orElse(null);
    return new UnitView(
        u.id(),
        u.name(),
        u.level(),
        levelName,
        u.superiorName(),
        u.placeName(),
        officeCounts.getOrDefault(u.id(), 0L),
        province == null ? null : province.id(),
        province == null ? null : province.name(),
        block == null ? null : block.id(),
        block == null ? null : block.name(),
        kind == null ? null : kind.code(),
        kind == null ? null : kind.name());
  }

  private OfficeView view(Office o) {
    long users = userCount(o);
    return new OfficeView(
        o.id(),
        o.unit().id(),
        o.code(),
        o.name(),
        o.isConsolidator(),
        o.isActive(),
        users,
        users > 0 || isReferenced(o),
        o.headTitle());
  }

  /**
   * The unit an account is placed in: its office's, or the one named. Only a system administrator
   * may leave it out, since an account without a unit administers everything.
   */
  private AssessedUnit placement(Office office, Long unitId) {
    AssessedUnit unit = office == null ? unitOrNone(unitId) : office.unit();
    if (unit == null && !caller.policy().administersSystem()) {
      throw new AccessDeniedException("access.denied");
    }
    return unit;
  }

  private AssessedUnit unitOrNone(Long unitId) {
    if (unitId == null) {
      return null;
    }
    AssessedUnit unit = em.find(AssessedUnit.class, unitId);
    if (unit == null || !caller.policy().may(Permission.ADMINISTER, unit)) {
      throw new NotFoundException("organisation.unit.notFound", unitId).onField("unit");
    }
    return unit;
  }

  private static UserView view(UserAccount u) {
    Office office = u.office().orElse(null);
    AssessedUnit unit = u.unit().orElse(null);
    return new UserView(
        u.username(),
        u.displayName(),
        u.email().orElse(null),
        unit == null ? null : unit.id(),
        unit == null ? null : unit.name(),
        office == null ? null : office.id(),
        office == null ? null : office.code(),
        office == null ? null : office.name(),
        List.copyOf(u.roles()),
        u.isEnabled(),
        u.province().map(Province::id).orElse(null),
        u.province().map(Province::name).orElse(null));
  }

  /** Runs a change the entities guard, turning their refusal into a translated one. */
  private static <T> T ruled(Supplier<T> change) {
    try {
      return change.get();
    } catch (OrganisationRuleException e) {
      throw new BusinessException(e.messageKey(), e.arguments()).onField(e.field());
    }
  }
}
