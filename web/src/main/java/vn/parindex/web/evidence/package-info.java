/** What pages show of supporting documents wherever they are listed: their digital signatures. */
package vn.parindex.web.evidence;
