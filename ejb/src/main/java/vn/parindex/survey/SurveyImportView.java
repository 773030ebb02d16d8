package vn.parindex.survey;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One import of the block's survey results, as its history lists it. */
public record SurveyImportView(
    long id,
    String fileName,
    String importedBy,
    Instant importedAt,
    int values,
    long changed,
    List<Forms> forms)
    implements Serializable {

  /** The forms sent and returned for one group of respondents. */
  public record Forms(String group, Integer sent, Integer returned) implements Serializable {
    static Forms of(RespondentGroup group) {
      return new Forms(group.name(), group.sent(), group.returned());
    }
  }

  static SurveyImportView of(SurveyImport done) {
    return new SurveyImportView(
        done.id(),
        done.fileName(),
        done.importedBy(),
        done.importedAt(),
        done.values().size(),
        done.changedCount(),
        done.forms().stream().map(Forms::of).toList());
  }
}
