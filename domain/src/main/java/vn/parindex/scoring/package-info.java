/**
 * The scoring engine of the PAR index: how the inputs an office enters for one criterion become
 * points, and how those points roll up to criteria and areas. Plain Java, no container.
 */
package vn.parindex.scoring;
