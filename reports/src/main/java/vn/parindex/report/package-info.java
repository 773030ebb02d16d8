/**
 * Printable documents of the PAR index, rendered with JasperReports from templates compiled at
 * build time. The entry point is {@link vn.parindex.report.ScorecardReport}: the official
 * self-assessment scorecard (Biểu tự đánh giá, chấm điểm) as PDF, XLSX or DOCX.
 */
package vn.parindex.report;
