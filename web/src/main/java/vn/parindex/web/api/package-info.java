/**
 * The JSON API under /api: what a client of the province or a script uses instead of the portal.
 * Resources are thin; they call the same services as the pages.
 */
package vn.parindex.web.api;
