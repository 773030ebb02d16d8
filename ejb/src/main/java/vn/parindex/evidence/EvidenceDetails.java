package vn.parindex.evidence;

import java.time.LocalDate;

/**
 * The metadata a user gives with an uploaded document, as typed; the service checks it.
 *
 * @param number number and symbol (số ký hiệu), e.g. "15/BC-TP"; may be empty
 * @param date the document's date
 * @param issuer who issued it
 * @param summary what it is about (trích yếu)
 */
public record EvidenceDetails(String number, LocalDate date, String issuer, String summary) {}
