/**
 * One unit's yearly self-assessment against a published index version: which office scores which
 * criterion, and the self-scores the offices record with their inputs and explanation.
 */
package vn.parindex.assessment;
