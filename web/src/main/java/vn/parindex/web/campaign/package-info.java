/**
 * The province's pages: the Sở Nội vụ's campaigns and, per campaign, its set-up, the units'
 * submissions, the appraisal rounds and the council's approval.
 */
package vn.parindex.web.campaign;
