/**
 * The pages of a self-assessment: the list of assessments, an office's criteria, the assignment
 * matrix and its letter, and the review by the consolidating office.
 */
package vn.parindex.web.assessment;
