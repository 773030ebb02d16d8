/**
 * The benchmark: generates province- and nation-scale assessments in PostgreSQL and times the
 * application's own code against hand-written SQL and a bare JasperReports fill. Run by bench/run.
 */
package vn.parindex.bench;
