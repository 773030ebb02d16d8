package vn.parindex.organisation;

import java.io.Serializable;
import java.util.List;

/**
 * An account as the administration lists it; it never carries the password or its hash. The
 * province is the one its Sở Nội vụ, council or appraiser roles reach. The roles are in the order
 * of {@link Role}.
 */
public record UserView(
    String username,
    String displayName,
    String email,
    Long unitId,
    String unitName,
    Long officeId,
    String officeCode,
    String officeName,
    List<Role> roles,
    boolean enabled,
    Long provinceId,
    String provinceName)
    implements Serializable {}
