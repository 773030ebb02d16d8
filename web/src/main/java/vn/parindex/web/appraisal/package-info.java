/** The province's appraisal pages: an appraiser's work list of units × criteria. */
package vn.parindex.web.appraisal;
