/**
 * The demonstration data loaded into an empty database: the illustrative 2023 district index, the
 * An Lão district with its five offices, their assignment, and the demo accounts.
 */
package vn.parindex.demo;
