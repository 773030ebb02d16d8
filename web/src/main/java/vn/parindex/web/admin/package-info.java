/**
 * The administrator's pages: index versions, the tree editor, the comparison of two versions and
 * the move of an assessment to a revision. Every rule is the services'; the pages only ask and
 * show.
 */
package vn.parindex.web.admin;
