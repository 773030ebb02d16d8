/**
 * The index the province issues: versions, their areas, criteria and component criteria, each with
 * its maximum points and scoring rule. A version is data; nothing here names a real criterion.
 */
package vn.parindex.catalogue;
