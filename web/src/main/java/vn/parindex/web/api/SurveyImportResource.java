package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import vn.parindex.kernel.Refusal;
import vn.parindex.survey.SurveyImportService;
import vn.parindex.survey.SurveyResults;

/**
 * A block's social survey results in a campaign: the XLSX template, the import of a filled file
 * (with {@code ?preview=true} first: what it would write, nothing written) and the current results
 * with every import.
 *
 * <p>As for evidence, the file is the raw request body (any {@code Content-Type}), its name in the
 * header {@value EvidenceResource#FILE_NAME}, percent-encoded UTF-8.
 */
@Path("campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SurveyImportResource {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @EJB private SurveyImportService survey;

  @GET
  @Path("{id}/blocks/{blockId}/survey-template.xlsx")
  @Produces(XLSX)
  public Response template(@PathParam("id") long id, @PathParam("blockId") long blockId) {
    byte[] file = survey.template(id, blockId);
    return Response.ok(file, XLSX)
        .header(
            "Content-Disposition",
            "attachment; filename=\"dieu-tra-xhh-" + id + "-" + blockId + ".xlsx\"")
        .build();
  }

  @GET
  @Path("{id}/blocks/{blockId}/survey")
  public SurveyResults results(@PathParam("id") long id, @PathParam("blockId") long blockId) {
    return survey.results(id, blockId);
  }

  /**
   * Imports the file: 200 with the import; with {@code ?preview=true}, 200 with what it would
   * write. A file with any problem answers 400 with every problem by sheet, row and column, and
   * nothing is written; after the council's approval of the block, 409.
   */
  @POST
  @Path("{id}/blocks/{blockId}/survey-import")
  @Consumes(MediaType.WILDCARD)
  public Object importFile(
      @PathParam("id") long id,
      @PathParam("blockId") long blockId,
      @QueryParam("preview") boolean preview,
      @HeaderParam(EvidenceResource.FILE_NAME) String fileName,
      @HeaderParam("Content-Length") Long contentLength,
      InputStream body) {
    String name = decoded(fileName);
    byte[] content = read(body, contentLength);
    return preview
        ? survey.preview(id, blockId, name, content)
        : survey.commit(id, blockId, name, content);
  }

  private static String decoded(String header) {
    if (header == null || header.isBlank()) {
      return "survey.xlsx";
    }
    try {
      return URLDecoder.decode(header, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid("file", "evidence.header.invalid", EvidenceResource.FILE_NAME);
    }
  }

  /** The body, read no further than one byte past the limit, which the service then refuses. */
  private static byte[] read(InputStream body, Long contentLength) {
    int max = SurveyImportService.MAX_FILE_BYTES;
    if (contentLength != null && contentLength > max) {
      throw Refusal.invalid("file", "survey.import.tooLarge", max / (1024 * 1024));
    }
    try {
      return body == null ? new byte[0] : body.readNBytes(max + 1);
    } catch (IOException e) {
      throw Refusal.invalid("file", "evidence.file.incomplete");
    }
  }
}
