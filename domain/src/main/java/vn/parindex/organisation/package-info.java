/**
 * Who is assessed and who works: assessed units (a level is data), their offices, and the portal's
 * user accounts with their roles and salted password hashes.
 */
package vn.parindex.organisation;
