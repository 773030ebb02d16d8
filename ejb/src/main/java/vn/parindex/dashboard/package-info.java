/**
 * The leaders' dashboard: where an assessment stands at a glance (progress per office, areas
 * against their max, the deadline, the last changes) and the totals of the units side by side. The
 * province's dashboard: per block of a campaign, the heat map of units × areas, the ranking, the
 * bands and the change since last year.
 */
package vn.parindex.dashboard;
