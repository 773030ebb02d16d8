package vn.parindex.web.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.assessment.ChangeRecord;
import vn.parindex.assessment.SelfScoreStatus;
import vn.parindex.scoring.Timeliness;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;

/**
 * A history value in the reader's words. The history keeps values in one stable, machine-readable
 * form ({@code 1.50; met=true | explanation}, {@code DRAFT}, {@code 2026-12-28}), which the API
 * answers as stored; the pages show them as "1,50 điểm · Đạt · Giải trình: …", "Đã chấm (nháp)",
 * "28/12/2026", with the numbers and dates of the reader's language.
 */
@Named
@ApplicationScoped
public class ChangeText {
  private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final String EXPLANATION = " | ";
  private static final String SEPARATOR = " · ";

  @Inject private MessageResolver messages;
  @Inject private LocaleBacking localeBacking;

  public ChangeText() {}

  ChangeText(MessageResolver messages) {
    this.messages = messages;
  }

  /** The value in the signed-in user's language; a dash for none. */
  public String of(ChangeRecord.Kind kind, String value) {
    return describe(kind, value, localeBacking.getLocale());
  }

  String describe(ChangeRecord.Kind kind, String value, Locale locale) {
    if (value == null || value.isBlank()) {
      return "–";
    }
    String text =
        switch (kind) {
          case SCORE -> score(value, locale);
          case STATUS -> status(value, locale);
          default -> value;
        };
    return days(text);
  }

  /** A status is stored as its name, followed by the comment when there is one. */
  private String status(String value, Locale locale) {
    int colon = value.indexOf(':');
    String name = colon < 0 ? value : value.substring(0, colon);
    try {
      String label = messages.message("SelfScoreStatus." + SelfScoreStatus.valueOf(name), locale);
      return colon < 0 ? label : label + value.substring(colon);
    } catch (IllegalArgumentException notAStatus) {
      return value;
    }
  }

  private String score(String value, Locale locale) {
    int bar = value.indexOf(EXPLANATION);
    String figures = bar < 0 ? value : value.substring(0, bar);
    String[] parts = figures.split("; ");
    List<String> out = new ArrayList<>();
    try {
      out.add(messages.message("history.points", locale, number(parts[0], locale, 2)));
    } catch (NumberFormatException notPoints) {
      return value;
    }
    String achieved = null;
    String total = null;
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      String name = eq < 0 ? parts[i] : parts[i].substring(0, eq);
      String input = eq < 0 ? "" : parts[i].substring(eq + 1);
      switch (name) {
        case "met" ->
            out.add(
                messages.message(
                    Boolean.parseBoolean(input) ? "edit.metYes" : "edit.metNo", locale));
        case "timeliness" -> out.add(timeliness(input, locale));
        case "achieved" -> achieved = number(input, locale, 0);
        case "total" -> total = number(input, locale, 0);
        case "violations" ->
            out.add(
                messages.message(
                    "history.labelled",
                    locale,
                    messages.message("edit.violations", locale),
                    input));
        default -> {
          // "points": the manual rule's input, already said by the points themselves
        }
      }
    }
    if (achieved != null && total != null) {
      out.add(messages.message("history.achievedOf", locale, achieved, total));
    }
    if (bar >= 0) {
      out.add(
          messages.message(
              "history.explanation", locale, value.substring(bar + EXPLANATION.length())));
    }
    return String.join(SEPARATOR, out);
  }

  private String timeliness(String input, Locale locale) {
    try {
      return messages.message("Timeliness." + Timeliness.valueOf(input), locale);
    } catch (IllegalArgumentException unknown) {
      return input;
    }
  }

  /** A stored number ("1.50", "2") with the reader's decimal comma or point. */
  private static String number(String stored, Locale locale, int minimumDecimals) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(minimumDecimals);
    format.setMaximumFractionDigits(Math.max(2, minimumDecimals));
    return format.format(new BigDecimal(stored.strip()));
  }

  private static String days(String text) {
    Matcher day = ISO_DAY.matcher(text);
    return day.replaceAll("$3/$2/$1");
  }
}
