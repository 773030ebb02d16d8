package vn.parindex.catalogue;

/**
 * What a version's classification bands are measured in: points of the total, as most provinces'
 * decisions give them, or a percentage of the version's maximum, as the national ranking of 2024
 * does (group A from 90 %, group B from 80 % to under 90 %). One scale per version.
 */
public enum BandScale {
  POINTS,
  PERCENT
}
