package vn.parindex.organisation;

/** A token just created, with its secret: the only answer that ever carries it. */
public record IssuedToken(AccessTokenView token, String secret) {}
