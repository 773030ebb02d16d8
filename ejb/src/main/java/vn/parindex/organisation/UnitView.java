package vn.parindex.organisation;

import java.io.Serializable;

/**
 * An assessed unit as the administration lists it, with the name of its level and where it sits in
 * a province: its province, block and kind (null when it has none).
 */
public record UnitView(
    long id,
    String name,
    String level,
    String levelName,
    String superiorName,
    String placeName,
    long officeCount,
    Long provinceId,
    String provinceName,
    Long blockId,
    String blockName,
    String kindCode,
    String kindName)
    implements Serializable {}
