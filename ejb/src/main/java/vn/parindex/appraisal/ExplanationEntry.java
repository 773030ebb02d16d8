package vn.parindex.appraisal;

import java.util.List;

/**
 * A unit's answer to a changed criterion: accept it, or explain with text and documents of the
 * assessment (already uploaded, or uploaded for the purpose during the window).
 */
public record ExplanationEntry(boolean accepted, String body, List<Long> evidenceIds) {}
