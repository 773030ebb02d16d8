package vn.parindex.catalogue.exchange;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import vn.parindex.catalogue.IndexVersion;

/**
 * Reads an index in the YAML format the team keeps (the demo file: a {@code version} header, then
 * {@code nodes} in tree order) into a new draft {@link IndexVersion}, with the same checks and the
 * same reporting as {@link IndexWorkbook}: problems are on sheet {@value #SHEET}, row 0 for the
 * header (column {@code version.name}, ...) and, for a node, its place in {@code nodes} from 1.
 */
public final class IndexYamlReader {
  public static final String SHEET = "yaml";

  private static final String TIERS_KEY = "tiers";

  /**
   * Reads the whole file; never returns a partial version.
   *
   * @throws IndexImportException listing every problem found
   */
  public IndexVersion read(InputStream yaml) throws IndexImportException {
    ImportProblems problems = new ImportProblems();
    Map<?, ?> document = parse(yaml, problems);
    DraftVersion draft = new DraftVersion(problems, IndexYamlReader::headerAt);
    if (document.get("version") instanceof Map<?, ?> header) {
      draft.header(headerText(header));
      readBands(header.get("bands"), draft, problems);
    } else {
      problems.add(CellRef.sheet(SHEET), "import.yaml.shape", "version");
      draft.noHeader();
    }
    readNodes(document.get("nodes"), draft, problems);
    return draft.finish();
  }

  private static Map<?, ?> parse(InputStream yaml, ImportProblems problems) {
    try {
      LoaderOptions options = new LoaderOptions();
      // the last of two equal keys would silently win: the author meant one of them
      options.setAllowDuplicateKeys(false);
      Object document = new Yaml(new SafeConstructor(options)).load(yaml);
      if (document instanceof Map<?, ?> map) {
        return map;
      }
      problems.add(CellRef.sheet(SHEET), "import.yaml.shape", "version, nodes");
    } catch (DuplicateKeyException duplicate) {
      int line = duplicate.getProblemMark() == null ? 0 : duplicate.getProblemMark().getLine() + 1;
      String key = duplicate.getProblem().replaceFirst("^found duplicate key ", "");
      problems.add(new CellRef(SHEET, line, null), "import.yaml.duplicateKey", key, line);
    } catch (MarkedYAMLException syntax) {
      int line = syntax.getProblemMark() == null ? 0 : syntax.getProblemMark().getLine() + 1;
      problems.add(new CellRef(SHEET, line, null), "import.yaml.syntax", line);
    } catch (YAMLException unreadable) {
      problems.add(CellRef.sheet(SHEET), "import.file.unreadable");
    }
    problems.throwIfAny();
    throw new IllegalStateException("unreachable: a problem was just reported");
  }

  private static CellRef headerAt(VersionField field) {
    return field == null
        ? CellRef.sheet(SHEET)
        : new CellRef(SHEET, 0, "version." + field.yamlKey());
  }

  /** The header fields present in the file; a key with no value is present, and empty. */
  private static Map<VersionField, String> headerText(Map<?, ?> header) {
    Map<VersionField, String> text = new EnumMap<>(VersionField.class);
    for (VersionField field : VersionField.values()) {
      Map<?, ?> owner = header;
      String[] path = field.yamlKey().split("\\.");
      for (int i = 0; i < path.length - 1 && owner != null; i++) {
        owner = owner.get(path[i]) instanceof Map<?, ?> nested ? nested : null;
      }
      String key = path[path.length - 1];
      if (owner != null && owner.containsKey(key)) {
        text.put(field, scalar(owner.get(key)));
      }
    }
    return text;
  }

  private static void readBands(Object bands, DraftVersion draft, ImportProblems problems) {
    if (bands == null) {
      return;
    }
    if (!(bands instanceof List<?> list)) {
      problems.add(new CellRef(SHEET, 0, "version.bands"), "import.yaml.shape", "bands");
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String place = "version.bands[" + (i + 1) + "].";
      Map<?, ?> band = list.get(i) instanceof Map<?, ?> map ? map : Map.of();
      draft.band(
          scalar(band.get("label")),
          scalar(band.get("min")),
          new CellRef(SHEET, 0, place + "label"),
          new CellRef(SHEET, 0, place + "min"));
    }
  }

  private static void readNodes(Object nodes, DraftVersion draft, ImportProblems problems) {
    if (nodes == null) {
      return; // the version's checks report an index without nodes
    }
    if (!(nodes instanceof List<?> list)) {
      problems.add(CellRef.sheet(SHEET), "import.yaml.shape", "nodes");
      draft.rowsUnreadable();
      return;
    }
    if (list.size() > NodeSheet.MAX_ROWS) {
      problems.add(CellRef.sheet(SHEET), "import.nodes.tooMany", list.size(), NodeSheet.MAX_ROWS);
      draft.rowsUnreadable();
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      int index = i + 1;
      if (list.get(i) instanceof Map<?, ?> node) {
        draft.node(
            input(node, problems, index),
            field -> new CellRef(SHEET, index, field == null ? null : field.yamlKey()));
      } else {
        problems.add(new CellRef(SHEET, index, null), "import.yaml.shape", "nodes[" + index + "]");
      }
    }
  }

  private static NodeInput input(Map<?, ?> node, ImportProblems problems, int index) {
    Object scoring = node.get("scoring");
    String type = null;
    Map<String, String> parameters = new LinkedHashMap<>();
    if (scoring instanceof Map<?, ?> rule) {
      type = scalar(rule.get("type"));
      for (Map.Entry<?, ?> entry : rule.entrySet()) {
        String key = String.valueOf(entry.getKey());
        if (!"type".equals(key)) {
          Object value = entry.getValue();
          parameters.put(key, TIERS_KEY.equals(key) ? tiers(value) : scalar(value));
        }
      }
    } else if (scoring != null) {
      problems.add(new CellRef(SHEET, index, "scoring"), "import.yaml.shape", "scoring");
      parameters = null;
    }
    return new NodeInput(
        scalar(node.get("code")),
        scalar(node.get("kind")),
        scalar(node.get("name")),
        scalar(node.get("max_points")),
        scalar(node.get("method")),
        type,
        parameters,
        scalar(node.get(NodeField.DUE.yamlKey())),
        scalar(node.get(NodeField.EVIDENCE.yamlKey())),
        scalar(node.get("name_inferred")));
  }

  /**
   * The tiers in the text form of the workbook ({@code 1:2, 0.8:1}), so that both are checked by
   * the same code; a tier that is not a {@code {min, points}} mapping stays as written, and is
   * reported as unreadable.
   */
  private static String tiers(Object tiers) {
    if (!(tiers instanceof List<?> list)) {
      return scalar(tiers);
    }
    return list.stream()
        .map(
            tier ->
                tier instanceof Map<?, ?> t
                    ? scalar(t.get("min")) + ":" + scalar(t.get("points"))
                    : String.valueOf(tier))
        .collect(Collectors.joining(", "));
  }

  /** A YAML value as the text a cell would hold: a date as dd/MM/yyyy, a number plainly. */
  private static String scalar(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      // SnakeYAML reads a bare date as midnight UTC.
      return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().format(ValueReader.DATE_FORMAT);
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number)) {
        return ".nan"; // as written in YAML, then reported where it is as an unreadable number
      }
      if (Double.isInfinite(number)) {
        return number > 0 ? ".inf" : "-.inf";
      }
      return DecimalText.format(new BigDecimal(value.toString()));
    }
    return value.toString();
  }
}
