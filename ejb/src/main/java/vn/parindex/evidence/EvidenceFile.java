package vn.parindex.evidence;

/**
 * A downloaded evidence file, its SHA-256 checked.
 *
 * @param content the bytes, as uploaded
 * @param fileName the sanitised name it was uploaded with
 * @param contentType the media type detected from the content at upload
 */
public record EvidenceFile(byte[] content, String fileName, String contentType) {}
