package vn.parindex.appraisal;

/** Where an appraisal round stands; a round closes at its date or when the Sở Nội vụ closes it. */
public enum RoundStatus {
  PLANNED,
  OPEN,
  CLOSED
}
