package vn.parindex.assessment;

import java.time.Instant;

/** A notice to an office, its text still a message key with its argument. */
public record NoticeView(long id, String messageKey, String argument, Instant createdAt)
    implements java.io.Serializable {}
