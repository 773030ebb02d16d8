/**
 * The social survey (điều tra xã hội học) of a block: each import of its results from the Sở Nội
 * vụ's workbook, with the forms sent and returned per respondent group and the points it replaced.
 */
package vn.parindex.survey;
