/**
 * The province's appraisal pages: an appraiser's work list of units × criteria, and a unit's
 * submission, its appraisal result and its explanations.
 */
package vn.parindex.web.appraisal;
