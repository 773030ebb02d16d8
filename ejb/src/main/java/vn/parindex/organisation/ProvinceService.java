package vn.parindex.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.access.AccessPolicy;
import vn.parindex.access.Roles;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;

/**
 * The top of the organisation as the system administrator keeps it: provinces, their blocks in
 * order, the kinds of unit with their signatures, and where each unit sits among them. A province's
 * Sở Nội vụ, council and appraisers read their own province and its blocks; nobody else reads them.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.COUNCIL, Roles.APPRAISER})
public class ProvinceService {
  private static final Set<Role> PROVINCE_ROLES =
      EnumSet.of(Role.PROVINCE, Role.COUNCIL, Role.APPRAISER);

  @Inject private EntityManager em;
  @EJB private CallerAccount caller;

  // ---------------------------------------------------------------- provinces

  /** Every province for the system administrator; its own for a province's account. */
  public List<ProvinceView> provinces() {
    AccessPolicy policy = readerPolicy();
    Map<Long, Long> blocks =
        counts("select b.province.id, count(b) from Block b group by b.province.id");
    Map<Long, Long> units =
        counts(
            "select u.province.id, count(u) from AssessedUnit u where u.province is not null"
                + " group by u.province.id");
    return em.createQuery("select p from Province p order by p.name", Province.class)
        .getResultStream()
        .filter(p -> sees(policy, p))
        .map(
            p ->
                new ProvinceView(
                    p.id(),
                    p.name(),
                    p.illustrative(),
                    blocks.getOrDefault(p.id(), 0L),
                    units.getOrDefault(p.id(), 0L)))
        .toList();
  }

  public ProvinceView province(long provinceId) {
    Province province = findProvince(provinceId);
    return provinces().stream()
        .filter(p -> p.id() == province.id())
        .findFirst()
        .orElseThrow(() -> new NotFoundException("organisation.province.notFound", provinceId));
  }

  public long createProvince(String name, boolean illustrative) {
    caller.requireSystemAdministrator();
    Province province = new Province(name, illustrative);
    requireUniqueName(province.name(), null);
    em.persist(province);
    em.flush();
    return province.id();
  }

  public void renameProvince(long provinceId, String name) {
    caller.requireSystemAdministrator();
    Province province = findProvince(provinceId);
    province.rename(name);
    requireUniqueName(province.name(), province.id());
  }

  private void requireUniqueName(String name, Long except) {
    boolean taken =
        em.createQuery("select p.id from Province p where p.name = :name", Long.class)
            .setParameter("name", name)
            // the renamed province itself must not be written (and refused) before the check
            .setFlushMode(FlushModeType.COMMIT)
            .getResultStream()
            .anyMatch(id -> !id.equals(except));
    if (taken) {
      throw new BusinessException("organisation.province.name.duplicate", name).onField("name");
    }
  }

  // ---------------------------------------------------------------- blocks

  /** The province's blocks in their order. */
  public List<BlockView> blocks(long provinceId) {
    Province province = findProvince(provinceId);
    Map<Long, Long> units =
        counts(
            "select u.block.id, count(u) from AssessedUnit u where u.block is not null"
                + " group by u.block.id");
    return ordered(province).stream()
        .map(
            b ->
                new BlockView(
                    b.id(), province.id(), b.name(), b.order(), units.getOrDefault(b.id(), 0L)))
        .toList();
  }

  public BlockView block(long provinceId, long blockId) {
    return blocks(provinceId).stream()
        .filter(b -> b.id() == blockId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("organisation.block.notFound", blockId));
  }

  /**
   * A new block at a place in the province's order (1 first), the others moving down; at the end
   * when no place is given.
   */
  public BlockView addBlock(long provinceId, String name, Integer position) {
    caller.requireSystemAdministrator();
    Province province = findProvince(provinceId);
    List<Block> blocks = ordered(province);
    Block block = new Block(province, name, blocks.size() + 1);
    requireUniqueBlockName(province, block.name(), null);
    em.persist(block);
    blocks.add(block);
    moveTo(blocks, block, position);
    em.flush();
    return block(provinceId, block.id());
  }

  /** Renames the block and moves it to another place in the order, as far as each is given. */
  public BlockView changeBlock(long provinceId, long blockId, String name, Integer position) {
    caller.requireSystemAdministrator();
    Province province = findProvince(provinceId);
    List<Block> blocks = ordered(province);
    Block block =
        blocks.stream()
            .filter(b -> b.id() == blockId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("organisation.block.notFound", blockId));
    if (name != null) {
      block.describe(name, block.order());
      requireUniqueBlockName(province, block.name(), block.id());
    }
    moveTo(blocks, block, position);
    return block(provinceId, blockId);
  }

  /** Puts the block at the place (1 first, past the end: last) and numbers them all 1, 2, 3... */
  private static void moveTo(List<Block> blocks, Block block, Integer position) {
    List<Block> order = new ArrayList<>(blocks);
    if (position != null) {
      if (position < 1) {
        throw new BusinessException("organisation.block.order.invalid").onField("order");
      }
      order.remove(block);
      order.add(Math.min(position, order.size() + 1) - 1, block);
    }
    for (int i = 0; i < order.size(); i++) {
      order.get(i).describe(order.get(i).name(), i + 1);
    }
  }

  private List<Block> ordered(Province province) {
    return new ArrayList<>(
        em.createQuery(
                "select b from Block b where b.province = :province order by b.order, b.name",
                Block.class)
            .setParameter("province", province)
            .getResultList());
  }

  private void requireUniqueBlockName(Province province, String name, Long except) {
    boolean taken =
        em.createQuery(
                "select b.id from Block b where b.province = :province and b.name = :name",
                Long.class)
            .setParameter("province", province)
            .setParameter("name", name)
            .setFlushMode(FlushModeType.COMMIT)
            .getResultStream()
            .anyMatch(id -> !id.equals(except));
    if (taken) {
      throw new BusinessException("organisation.block.name.duplicate", name).onField("name");
    }
  }

  // ---------------------------------------------------------------- kinds of unit

  public List<UnitKindView> kinds() {
    caller.requireSystemAdministrator();
    return em.createQuery("select k from UnitKind k order by k.name", UnitKind.class)
        .getResultStream()
        .map(UnitKindView::of)
        .toList();
  }

  public UnitKindView kind(String code) {
    caller.requireSystemAdministrator();
    return UnitKindView.of(findKind(code, "code"));
  }

  public UnitKindView createKind(UnitKindDetails details) {
    caller.requireSystemAdministrator();
    UnitKind kind =
        new UnitKind(
            details.code(), details.name(), details.headSignature(), details.deputySignature());
    kind.headLettersWith(details.letterheadAbove());
    if (kindOrNull(kind.code()) != null) {
      throw new BusinessException("organisation.kind.code.duplicate", kind.code()).onField("code");
    }
    em.persist(kind);
    em.flush();
    return UnitKindView.of(kind);
  }

  /** Sets the name, signatures and letterhead line as given; the code stays. */
  public UnitKindView changeKind(String code, UnitKindDetails details) {
    caller.requireSystemAdministrator();
    UnitKind kind = findKind(code, "code");
    kind.describe(details.name(), details.headSignature(), details.deputySignature());
    kind.headLettersWith(details.letterheadAbove());
    return UnitKindView.of(kind);
  }

  // ---------------------------------------------------------------- units

  /**
   * Places a unit in a province, in one of its blocks, and gives it a kind: what is null is taken
   * away. A block of another province than the one given is refused.
   */
  public void placeUnit(long unitId, UnitPlacement placement) {
    caller.requireSystemAdministrator();
    AssessedUnit unit = em.find(AssessedUnit.class, unitId);
    if (unit == null) {
      throw new NotFoundException("organisation.unit.notFound", unitId);
    }
    Block block = placement.blockId() == null ? null : findBlock(placement.blockId());
    Province province =
        placement.provinceId() != null
            ? findProvince(placement.provinceId())
            : block == null ? null : block.province();
    unit.belongTo(province);
    if (block != null) {
      if (province == null || !province.equals(block.province())) {
        throw new BusinessException("organisation.unit.block.otherProvince").onField("block");
      }
      unit.placeIn(block);
    }
    unit.classifyAs(
        placement.kindCode() == null || placement.kindCode().isBlank()
            ? null
            : findKind(placement.kindCode(), "kind"));
  }

  // ---------------------------------------------------------------- lookups

  /**
   * The province, when the caller may know it: the system administrator every one, a province's
   * account its own; 404 for any other.
   */
  Province findProvince(long provinceId) {
    Province province = em.find(Province.class, provinceId);
    if (province == null || !sees(readerPolicy(), province)) {
      throw new NotFoundException("organisation.province.notFound", provinceId);
    }
    return province;
  }

  private Block findBlock(long blockId) {
    Block block = em.find(Block.class, blockId);
    if (block == null) {
      throw new NotFoundException("organisation.block.notFound", blockId).onField("block");
    }
    return block;
  }

  private UnitKind findKind(String code, String field) {
    UnitKind kind = kindOrNull(code);
    if (kind == null) {
      throw new NotFoundException("organisation.kind.notFound", String.valueOf(code))
          .onField(field);
    }
    return kind;
  }

  private UnitKind kindOrNull(String code) {
    return em.createQuery("select k from UnitKind k where k.code = :code", UnitKind.class)
        .setParameter("code", code == null ? "" : code.strip())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * The caller's policy, when it may read provinces at all: a unit's administrator administers its
   * unit, not the province above it (403).
   */
  private AccessPolicy readerPolicy() {
    AccessPolicy policy = caller.policy();
    boolean provinceAccount =
        PROVINCE_ROLES.stream().anyMatch(r -> policy.account().hasRole(r))
            && policy.account().province().isPresent();
    if (!policy.administersSystem() && !provinceAccount) {
      throw new AccessDeniedException("access.systemAdministratorOnly");
    }
    return policy;
  }

  private static boolean sees(AccessPolicy policy, Province province) {
    return policy.administersSystem()
        || PROVINCE_ROLES.stream().anyMatch(r -> policy.scope(r).coversProvince(province));
  }

  private Map<Long, Long> counts(String jpql) {
    return em.createQuery(jpql, Object[].class)
        .getResultStream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
  }
}
