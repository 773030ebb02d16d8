package vn.parindex.catalogue.exchange;

import java.util.List;
import vn.parindex.catalogue.RuleDefinition;
import vn.parindex.catalogue.ScoringTier;

/** A scoring rule as read from a file, ready for {@code Criterion.defineRule}. */
record RuleSpec(RuleDefinition definition, List<ScoringTier> tiers) {}
