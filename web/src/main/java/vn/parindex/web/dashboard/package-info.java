/**
 * The dashboard page: where an assessment stands at a glance, in charts whose figures are also
 * printed in tables, and the units' totals side by side.
 */
package vn.parindex.web.dashboard;
