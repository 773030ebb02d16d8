package vn.parindex.report.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JRCompiler;

/**
 * Build-time only (run by exec-maven-plugin in process-classes, left out of the jar): compiles
 * every .jrxml under a source folder to a .jasper at the same relative path under the classes
 * folder, so that the server never needs a Java compiler (jasperreports-jdt) to fill a report. A
 * template that does not compile fails the build.
 *
 * <p>Arguments: the source folder (src/main/jasperreports), the output folder (target/classes), a
 * scratch folder for the generated expression sources.
 */
public final class JrxmlCompiler {

  private JrxmlCompiler() {}

  public static void main(String[] args) throws IOException, JRException {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: JrxmlCompiler <jrxml dir> <classes dir> <temp dir>");
    }
    Path sources = Path.of(args[0]);
    Path classes = Path.of(args[1]);
    Path scratch = Files.createDirectories(Path.of(args[2]));
    // the expression sources go to target/, not to the working directory
    DefaultJasperReportsContext.getInstance()
        .setProperty(JRCompiler.COMPILER_TEMP_DIR, scratch.toString());
    List<Path> templates;
    try (Stream<Path> files = Files.walk(sources)) {
      templates = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
    }
    for (Path template : templates) {
      String relative = sources.relativize(template).toString();
      Path target =
          classes.resolve(relative.substring(0, relative.length() - ".jrxml".length()) + ".jasper");
      Files.createDirectories(target.getParent());
      JasperCompileManager.compileReportToFile(template.toString(), target.toString());
      System.out.println("[jrxml] " + relative + " -> " + classes.relativize(target));
    }
  }
}
