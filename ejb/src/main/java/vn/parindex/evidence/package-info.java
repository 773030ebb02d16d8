/**
 * Evidence documents as a use case: upload with metadata, link to the office's criteria, list and
 * download with the SHA-256 checked again; where files are kept and how large they may be.
 */
package vn.parindex.evidence;
