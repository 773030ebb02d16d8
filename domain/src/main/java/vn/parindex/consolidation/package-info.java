/**
 * Consolidation: the unit's scores rolled up from the lead offices' self-scores and the survey part
 * into criteria, areas, totals and a classification band, and whether the result is still
 * provisional.
 */
package vn.parindex.consolidation;
