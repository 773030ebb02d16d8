/**
 * The province's half of the yearly cycle: the campaign and its rounds, the units' submissions with
 * their frozen self scores, the appraiser matrix, appraised scores with their reasons, the units'
 * explanations and the council's approval.
 */
package vn.parindex.appraisal;
