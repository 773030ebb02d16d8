package vn.parindex.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import vn.parindex.access.Roles;
import vn.parindex.catalogue.CatalogueService;
import vn.parindex.catalogue.ChangeKind;
import vn.parindex.catalogue.CriterionChangeView;
import vn.parindex.catalogue.VersionSummary;
import vn.parindex.platform.NotFoundException;

/** Prints the comparison of two index versions for the meeting that approves a revision. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CONSOLIDATOR, Roles.LEADER})
public class VersionComparisonService {
  @EJB private CatalogueService catalogue;
  @Inject private Clock clock;

  private final VersionComparisonReport report = new VersionComparisonReport();

  public byte[] render(
      long olderId, long newerId, boolean includeUnchanged, ReportFormat format, Locale locale) {
    ResourceBundle messages = ResourceBundle.getBundle("vn.parindex.i18n.ServiceMessages", locale);
    VersionSummary older = summary(olderId);
    VersionSummary newer = summary(newerId);
    List<VersionChangeRow> rows =
        catalogue.compareInWords(olderId, newerId, locale).stream()
            .map(VersionComparisonService::row)
            .toList();
    VersionComparisonSheet sheet =
        new VersionComparisonSheet(
            newer.decisionIssuer().toUpperCase(locale),
            messages.getString("comparison.title"),
            label(older, messages, locale),
            label(newer, messages, locale),
            null,
            LocalDate.now(clock),
            rows,
            includeUnchanged);
    return report.render(sheet, format, locale);
  }

  private VersionSummary summary(long id) {
    return catalogue.versions().stream()
        .filter(v -> v.id() == id)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("version.notFound", id));
  }

  private static String label(VersionSummary v, ResourceBundle messages, Locale locale) {
    return new MessageFormat(messages.getString("comparison.versionLabel"), locale)
        .format(
            new Object[] {
              v.name(),
              v.decisionNumber(),
              v.decisionDate().format(DateTimeFormatter.ofPattern("d/M/yyyy"))
            });
  }

  private static VersionChangeRow row(CriterionChangeView change) {
    return new VersionChangeRow(
        change.beforeCode(),
        change.afterCode(),
        change.beforeName(),
        change.afterName(),
        change.beforeMax(),
        change.afterMax(),
        change.beforeRule(),
        change.afterRule(),
        types(change.changes()));
  }

  private static Set<ChangeType> types(Set<ChangeKind> kinds) {
    Set<ChangeType> types = EnumSet.noneOf(ChangeType.class);
    kinds.forEach(k -> types.add(ChangeType.valueOf(k.name())));
    return types;
  }
}
