package vn.parindex.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The .jasper templates compiled from src/main/jasperreports at build time, loaded once and kept: a
 * compiled report is immutable and can be filled by many threads at once. Nothing here needs a Java
 * compiler at run time.
 */
final class CompiledTemplates {

  private static final Map<String, JasperReport> CACHE = new ConcurrentHashMap<>();

  private CompiledTemplates() {}

  /** The template next to this class, e.g. "scorecard.jasper". */
  static JasperReport get(String name) {
    return CACHE.computeIfAbsent(name, CompiledTemplates::load);
  }

  private static JasperReport load(String name) {
    // this class's own loader: in an EAR the thread's context loader may belong to another module
    try (InputStream in = CompiledTemplates.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new ReportRenderingException(
            "Compiled template " + name + " is missing: was its .jrxml compiled by the build?",
            null);
      }
      return (JasperReport) JRLoader.loadObject(in);
    } catch (IOException | JRException e) {
      throw new ReportRenderingException("Cannot load the compiled template " + name, e);
    }
  }
}
