package vn.parindex.appraisal;

/** A unit's criterion in a work list, for decisions on many at once ("Đồng ý"). */
public record ItemRef(long assessmentId, String code) {}
