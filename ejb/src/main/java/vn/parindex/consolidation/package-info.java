/**
 * The consolidation service: the unit's scorecard as Phòng Nội vụ and the leaders see it, and the
 * survey part the consolidating office enters.
 */
package vn.parindex.consolidation;
