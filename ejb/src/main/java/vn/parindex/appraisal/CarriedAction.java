package vn.parindex.appraisal;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A remedial action of an earlier year, shown beside the criterion of this year's assessment that
 * continues the criterion it was recorded on (through the links between index versions).
 *
 * @param code the criterion of this year's assessment
 * @param fromYear the year whose result lost the points
 * @param fromCode the criterion's code in that year's index version
 */
public record CarriedAction(
    String code, int fromYear, String fromCode, String action, String officeName, LocalDate due)
    implements Serializable {}
