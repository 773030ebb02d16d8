/**
 * Supporting documents (tài liệu kiểm chứng) an office uploads for an assessment and links to the
 * criteria they prove: their metadata, the type read from the content, and the file's fingerprint.
 */
package vn.parindex.evidence;
