/**
 * The social survey's results of a block, imported by the Sở Nội vụ: the workbook template, its
 * reading with every problem named by row and column, the preview, the all-or-nothing import into
 * the units' survey points, and the imports' history.
 */
package vn.parindex.survey;
