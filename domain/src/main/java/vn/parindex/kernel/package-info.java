/**
 * What every business area of the domain shares: for now, the shape of a refusal the services
 * translate for the user.
 */
package vn.parindex.kernel;
