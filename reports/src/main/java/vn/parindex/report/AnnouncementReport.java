package vn.parindex.report;

import java.io.OutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.util.JRStringUtil;

/**
 * Renders the draft decision announcing a year's results: the decision on A4 portrait, then one
 * annex per block on A4 landscape. DOCX to edit before signing, PDF to read; XLSX gives the annexes
 * alone, to compute with. Stateless and thread-safe.
 */
public final class AnnouncementReport {

  private static final String DECISION = "announcement-decision.jasper";
  private static final String ANNEX = "announcement-annex.jasper";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String[] ROMAN = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"
  };

  /**
   * Writes the decision with its annexes (PDF, DOCX) or the annexes alone (XLSX) to {@code out},
   * which is left open.
   *
   * @param locale the language of the labels; {@code null} means Vietnamese
   * @throws ReportRenderingException when the report cannot be filled or exported
   */
  public void render(
      Announcement announcement, ReportFormat format, Locale locale, OutputStream out) {
    Objects.requireNonNull(announcement, "announcement");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Locale language = ReportRendering.languageOf(locale);
    ResourceBundle labels = ScorecardParameters.labels(language);
    List<ReportRendering.Part> parts = new ArrayList<>();
    if (format != ReportFormat.XLSX) {
      parts.add(
          new ReportRendering.Part(
              DECISION, decision(announcement, labels, language), new JREmptyDataSource(1)));
    }
    parts.add(
        new ReportRendering.Part(
            ANNEX,
            annexParameters(announcement, labels, language),
            new RowDataSource<>(annexes(announcement, labels, language), Annex::field)));
    ReportRendering.render(
        parts,
        format,
        new ReportExporters.DocumentInfo(
            format(
                labels,
                language,
                "announcement.subject",
                announcement.year(),
                announcement.assessed()),
            announcement.authority(),
            language),
        out,
        "the announcement");
  }

  /** The decision or its annexes as bytes, for a download. */
  public byte[] render(Announcement announcement, ReportFormat format, Locale locale) {
    return ReportRendering.toBytes(out -> render(announcement, format, locale, out));
  }

  static Map<String, Object> decision(
      Announcement announcement, ResourceBundle labels, Locale locale) {
    Map<String, Object> parameters = base(labels, locale);
    parameters.put("ISSUING_BODY", announcement.issuingBody());
    parameters.put("NUMBER_LINE", numberLine(announcement, labels, locale));
    parameters.put("DATE_LINE", dateLine(announcement, labels, locale));
    parameters.put(
        "SUBJECT",
        ScorecardParameters.balanced(
            format(
                labels,
                locale,
                "announcement.subject",
                announcement.year(),
                announcement.assessed())));
    parameters.put("AUTHORITY", announcement.authority());
    parameters.put("BASES", bases(announcement, labels, locale));
    parameters.put("ARTICLES", articles(announcement, labels, locale));
    parameters.put(
        "COPIES", AssignmentLetterParameters.copies(announcement.copies(), labels, locale));
    parameters.put("SIGNER_TITLE", announcement.signer().title());
    parameters.put("SIGNER_NAME", announcement.signer().name());
    return parameters;
  }

  static String numberLine(Announcement announcement, ResourceBundle labels, Locale locale) {
    return announcement.number() == null
        ? format(labels, locale, "announcement.numberBlank", announcement.numberSuffix())
        : format(labels, locale, "announcement.numberLine", announcement.numberAndSign());
  }

  static String dateLine(Announcement announcement, ResourceBundle labels, Locale locale) {
    LocalDate date = announcement.date();
    if (date == null) {
      return format(labels, locale, "announcement.dateBlank", announcement.place());
    }
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    // Decree 30/2020: days below 10 and the months January and February take a leading zero
    return format(
        labels,
        locale,
        "header.dateLine",
        announcement.place(),
        day < 10 ? "0" + day : String.valueOf(day),
        month < 3 ? "0" + month : String.valueOf(month),
        String.valueOf(date.getYear()));
  }

  /** The legal bases and the proposal, one paragraph each, as styled text. */
  static String bases(Announcement announcement, ResourceBundle labels, Locale locale) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(esc(labels.getString("announcement.law")));
    for (String reference : announcement.references()) {
      paragraphs.add(esc(reference.strip()));
    }
    paragraphs.add(esc(format(labels, locale, "announcement.proposal", announcement.proposer())));
    return String.join("\n", paragraphs);
  }

  /** Điều 1 to 3, each with its number in bold (from our labels; values from data escaped). */
  static String articles(Announcement announcement, ResourceBundle labels, Locale locale) {
    return String.join(
        "\n",
        format(
            labels,
            locale,
            "announcement.article1",
            announcement.year(),
            esc(announcement.assessed()),
            Math.max(1, announcement.blocks().size())),
        format(
            labels,
            locale,
            "announcement.article2",
            announcement.year(),
            announcement.year() + 1,
            esc(announcement.monitor())),
        format(labels, locale, "announcement.article3", esc(announcement.executors())));
  }

  private static Map<String, Object> annexParameters(
      Announcement announcement, ResourceBundle labels, Locale locale) {
    Map<String, Object> parameters = base(labels, locale);
    String number =
        announcement.number() == null
            ? "     /" + announcement.numberSuffix()
            : announcement.numberAndSign();
    String date =
        announcement.date() == null
            ? labels.getString("announcement.annexDateBlank")
            : announcement.date().format(DAY);
    parameters.put(
        "ANNEX_REFERENCE",
        format(
            labels,
            locale,
            "announcement.annexReference",
            number,
            date,
            announcement.authorityName()));
    parameters.put("FOOTNOTE", announcement.footnote());
    return parameters;
  }

  /** One annex: what the main data source of the annex template reads. */
  record Annex(String annexTitle, String heading, List<String> areas, List<AnnouncementRow> rows) {
    Object field(String field) {
      return switch (field) {
        case "annexTitle" -> annexTitle;
        case "heading" -> heading;
        case "areaCount" -> areas.size();
        case "areas" -> padded(areas);
        case "rows" -> new RowDataSource<>(rows, AnnouncementRow::field);
        default -> throw new IllegalArgumentException("Unknown annex field: " + field);
      };
    }

    /** The template asks every column's header, printed or not. */
    private static List<String> padded(List<String> areas) {
      List<String> all = new ArrayList<>(areas);
      while (all.size() < AnnouncementBlock.MAX_AREAS) {
        all.add("");
      }
      return all;
    }
  }

  static List<Annex> annexes(Announcement announcement, ResourceBundle labels, Locale locale) {
    List<Annex> annexes = new ArrayList<>();
    DecimalFormat points = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
    for (int i = 0; i < announcement.blocks().size(); i++) {
      AnnouncementBlock block = announcement.blocks().get(i);
      List<String> areas = new ArrayList<>();
      for (AnnouncementBlock.Area area : block.areas()) {
        areas.add(
            format(
                labels,
                locale,
                "announcement.column.area",
                area.code(),
                area.name(),
                area.maxPoints() == null ? "" : points.format(area.maxPoints())));
      }
      annexes.add(
          new Annex(
              format(labels, locale, "announcement.annex", i < ROMAN.length ? ROMAN[i] : i + 1),
              format(
                  labels,
                  locale,
                  "announcement.annexHeading",
                  announcement.year(),
                  block.name().toUpperCase(locale)),
              areas,
              block.rows().stream().map(r -> r.withBand(BandNames.in(r.band(), labels))).toList()));
    }
    return annexes;
  }

  private static Map<String, Object> base(ResourceBundle labels, Locale locale) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
    return parameters;
  }

  private static String format(
      ResourceBundle labels, Locale locale, String key, Object... arguments) {
    return new MessageFormat(labels.getString(key), locale).format(arguments);
  }

  private static String esc(String text) {
    return JRStringUtil.xmlEncode(text);
  }
}
