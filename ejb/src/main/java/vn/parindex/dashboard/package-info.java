/**
 * The leaders' dashboard: where an assessment stands at a glance (progress per office, areas
 * against their max, the deadline, the last changes) and the totals of the units side by side.
 */
package vn.parindex.dashboard;
