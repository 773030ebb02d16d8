/**
 * The province's results per block (figures, ranks and bands of every unit, from one set of
 * block-wide reads), their announcement that freezes them, and the bonus and penalty points behind
 * them.
 */
package vn.parindex.results;
