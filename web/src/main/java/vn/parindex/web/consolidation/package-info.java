/** The consolidation page: the unit's consolidated scorecard and the survey part. */
package vn.parindex.web.consolidation;
