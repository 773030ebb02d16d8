package vn.parindex.catalogue.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import vn.parindex.access.Roles;
import vn.parindex.catalogue.CatalogueService;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;

/**
 * Index versions in and out as files administrators fill in: the Excel template (and the YAML of
 * the demo file) imported into a new draft, any version exported to the same template.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CONSOLIDATOR, Roles.LEADER})
public class IndexExchangeService {
  /** Large enough for any real index (a few hundred rows), small enough to refuse a stray file. */
  public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @EJB private CatalogueService catalogue;

  /**
   * Imports a workbook (.xlsx) or a YAML file (.yaml, .yml) into a new draft.
   *
   * @return the id of the new draft
   * @throws ImportRefusedException listing every problem, when the file has any; nothing is saved
   */
  @RolesAllowed(Roles.ADMIN)
  public long importFile(String fileName, byte[] content) {
    caller.requireSystemAdministrator();
    if (content == null || content.length == 0) {
      throw new BusinessException("import.empty");
    }
    if (content.length > MAX_FILE_BYTES) {
      throw new BusinessException("import.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
    }
    IndexVersion draft;
    try {
      draft =
          isYaml(fileName)
              ? new IndexYamlReader().read(new ByteArrayInputStream(content))
              : new IndexWorkbook().read(new ByteArrayInputStream(content));
    } catch (IndexImportException e) {
      throw new ImportRefusedException(e.problems());
    }
    return catalogue.saveImported(draft);
  }

  public byte[] exportWorkbook(long versionId) {
    IndexVersion version = em.find(IndexVersion.class, versionId);
    if (version == null) {
      throw new NotFoundException("version.notFound", versionId);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new IndexWorkbook().write(version, out);
    return out.toByteArray();
  }

  public byte[] template() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new IndexWorkbook().writeTemplate(out);
    return out.toByteArray();
  }

  private static boolean isYaml(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    return List.of(".yaml", ".yml").stream().anyMatch(name::endsWith);
  }
}
