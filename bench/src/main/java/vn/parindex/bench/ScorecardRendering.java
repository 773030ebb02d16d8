package vn.parindex.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import vn.parindex.assessment.Assessment;
import vn.parindex.report.ReportFormat;
import vn.parindex.report.Scorecard;
import vn.parindex.report.ScorecardAssembler;
import vn.parindex.report.ScorecardReport;
import vn.parindex.report.ScorecardRow;

/**
 * The unit scorecard as a PDF two ways: through the application (read the assessment, assemble the
 * rows, fill and export as {@code ScorecardService} does) and as a bare JasperReports program would
 * (the same compiled template filled from the same rows, already in memory, and exported).
 */
final class ScorecardRendering {
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final EntityManagerFactory factory;
  private final ScorecardReport report = new ScorecardReport();
  private final JasperReport template;

  ScorecardRendering(EntityManagerFactory factory) throws IOException, JRException {
    this.factory = factory;
    try (InputStream in =
        ScorecardReport.class
            .getClassLoader()
            .getResourceAsStream("vn/parindex/report/scorecard.jasper")) {
      this.template = (JasperReport) JRLoader.loadObject(in);
    }
  }

  /** What the application does for GET /api/assessments/{id}/scorecard.pdf, below the EJB. */
  byte[] throughApplication(long assessmentId) {
    EntityManager em = factory.createEntityManager();
    em.getTransaction().begin();
    try {
      Assessment assessment = em.find(Assessment.class, assessmentId);
      Scorecard card = new ScorecardAssembler(em, VIETNAMESE).assemble(assessment, LocalDate.now());
      return report.render(card, ReportFormat.PDF, VIETNAMESE);
    } finally {
      em.getTransaction().rollback();
      em.close();
    }
  }

  /** The rows the bare fill prints: the application's, read once, outside the timing. */
  Scorecard rowsOf(long assessmentId) {
    EntityManager em = factory.createEntityManager();
    em.getTransaction().begin();
    try {
      return new ScorecardAssembler(em, VIETNAMESE)
          .assemble(em.find(Assessment.class, assessmentId), LocalDate.now());
    } finally {
      em.getTransaction().rollback();
      em.close();
    }
  }

  byte[] bareJasper(Scorecard card) throws JRException {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, VIETNAMESE);
    parameters.put(
        JRParameter.REPORT_RESOURCE_BUNDLE,
        ResourceBundle.getBundle("vn.parindex.report.ScorecardLabels", VIETNAMESE));
    parameters.put("SUPERIOR_BODY", card.superiorBody());
    parameters.put("ISSUING_BODY", card.issuingBody());
    parameters.put("TITLE", card.title());
    parameters.put("SUBTITLE", card.subtitle());
    parameters.put("PLACE", card.place());
    parameters.put("DAY", String.format("%02d", card.date().getDayOfMonth()));
    parameters.put("MONTH", String.format("%02d", card.date().getMonthValue()));
    parameters.put("YEAR", String.valueOf(card.date().getYear()));
    parameters.put("DATE", Date.valueOf(card.date()));
    parameters.put("SIGNER_TITLE", card.signerTitle());
    parameters.put("SIGNER_NAME", card.signerName());
    parameters.put("FOOTNOTE", card.footnote());
    parameters.put("TOTAL_MAX", card.totalMax());
    parameters.put("TOTAL_SCORE", card.totalScore());
    List<Map<String, ?>> rows = card.rows().stream().map(ScorecardRendering::fields).toList();
    JasperPrint print =
        JasperFillManager.fillReport(template, parameters, new JRMapCollectionDataSource(rows));
    // the same kind of PDF as the application's: tagged, with its language, for screen readers
    SimplePdfExporterConfiguration document = new SimplePdfExporterConfiguration();
    document.setTagged(true);
    document.setTagLanguage(VIETNAMESE.toLanguageTag());
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setConfiguration(document);
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    exporter.exportReport();
    return out.toByteArray();
  }

  private static Map<String, ?> fields(ScorecardRow row) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("stt", row.stt());
    fields.put("code", row.code());
    fields.put("name", row.name());
    fields.put("level", row.level().name());
    fields.put("maxPoints", row.maxPoints());
    fields.put("selfScore", row.selfScore());
    fields.put("evidence", row.evidence());
    fields.put("explanation", row.explanation());
    fields.put("note", row.note());
    return fields;
  }
}
