/** The official documents the services produce from the data: the unit's scorecard first. */
package vn.parindex.report;
