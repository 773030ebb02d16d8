/**
 * What the portal and the API answer while something they need is down: a database outage is
 * recognised in one place and answered 503 with Retry-After, never as a system error.
 */
package vn.parindex.web.availability;
