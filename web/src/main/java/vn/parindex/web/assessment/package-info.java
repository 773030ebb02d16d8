/** The pages of a self-assessment: the list of assessments and an office's criteria. */
package vn.parindex.web.assessment;
