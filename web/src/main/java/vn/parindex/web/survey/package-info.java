/**
 * The province's survey page: a block's social survey results, their template, the import of a
 * filled file with its preview or its problems, and the imports' history.
 */
package vn.parindex.web.survey;
