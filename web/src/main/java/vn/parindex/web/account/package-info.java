/** The signed-in user's own account: its personal access tokens for the API. */
package vn.parindex.web.account;
