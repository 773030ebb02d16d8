/**
 * The portal's pages of a province's results: bonus and penalty entry beside a unit's appraisal.
 */
package vn.parindex.web.results;
