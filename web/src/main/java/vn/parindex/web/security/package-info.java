/**
 * How the portal and the API know who is calling: a form login for people, HTTP Basic for API
 * clients, both checked against the accounts stored in the database.
 */
package vn.parindex.web.security;
