package vn.parindex.web.assessment;

import java.io.Serializable;
import java.util.List;

/** An area (lĩnh vực) of the assignment matrix: its header row and its assignable criteria. */
public record MatrixArea(String code, String name, List<MatrixLine> lines)
    implements Serializable {}
