package vn.parindex.catalogue.exchange;

import java.util.Map;

/**
 * One node as a file spells it, before anything is checked: the workbook and the YAML reader both
 * hand their rows over in this form, so that both check them the same way.
 *
 * @param parameters the rule's named values; empty when none were given, null when their text could
 *     not be split (already reported)
 */
record NodeInput(
    String code,
    String kind,
    String name,
    String maxPoints,
    String method,
    String ruleType,
    Map<String, String> parameters,
    String due,
    String evidence,
    String nameInferred) {}
