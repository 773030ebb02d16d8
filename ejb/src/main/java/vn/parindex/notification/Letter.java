package vn.parindex.notification;

/** A notification e-mail as written: plain text, sent as UTF-8. */
public record Letter(String subject, String body) {}
