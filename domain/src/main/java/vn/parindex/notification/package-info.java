/**
 * What the application told an office and how: each notification's kind and the outcome of its
 * e-mail, so a mail that could not be sent is recorded rather than lost.
 */
package vn.parindex.notification;
