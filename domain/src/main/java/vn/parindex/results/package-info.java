/**
 * A province's results per block: how a unit's index is composed from its appraised, survey, bonus
 * and penalty points, ranked and banded within its block, and frozen once the province announces
 * it.
 */
package vn.parindex.results;
