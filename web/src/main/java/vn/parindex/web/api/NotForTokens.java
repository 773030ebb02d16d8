package vn.parindex.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint a personal access token may not call, whatever its scope: the token endpoints, so
 * that a leaked token cannot make itself a successor or outlive its revocation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NotForTokens {}
