/**
 * What an operator's probes and scraper read besides the server's own: readiness of the database
 * and of the evidence directory, and counters of the business (saves, uploads, submissions).
 */
package vn.parindex.operations;
