/**
 * Who may read or change what: the one access policy, its permissions, the scopes an account
 * reaches (its office, its unit, every unit) and the role names the services' {@code RolesAllowed}
 * use.
 */
package vn.parindex.access;
