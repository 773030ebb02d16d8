/**
 * What every business area leans on: the schema migrations run at start-up, the producers of the
 * entity manager and loggers, and the one exception type every business error extends.
 */
package vn.parindex.platform;
