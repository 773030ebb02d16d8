/**
 * Exchanging an index version with administrators as a file: the Excel workbook they fill in and
 * download, and the YAML the team keeps. A file is read into a new draft, whole or not at all.
 */
package vn.parindex.catalogue.exchange;
