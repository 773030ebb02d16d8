/**
 * Pages of the province's appraisal: a unit's submission, its appraisal result and its
 * explanations, and the appraisers' work list.
 */
package vn.parindex.web.appraisal;
