package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.parindex.evidence.EvidenceDetails;
import vn.parindex.evidence.EvidenceFile;
import vn.parindex.evidence.EvidenceRefusals;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.evidence.FileNames;
import vn.parindex.platform.BusinessException;

/**
 * Evidence documents: upload, list, metadata, download, and links to criteria.
 *
 * <p>An upload is the raw file as the request body (any {@code Content-Type}: the type is detected
 * from the content), not multipart/form-data, which plain JAX-RS does not read. The file name comes
 * in the header {@value #FILE_NAME}, the metadata in the query parameters {@code number}, {@code
 * date} (yyyy-MM-dd), {@code issuer}, {@code summary} or, for clients that prefer, in the headers
 * {@code X-Document-Number}, {@code X-Document-Date}, {@code X-Document-Issuer}, {@code
 * X-Document-Summary}. Header values are percent-encoded UTF-8 (what {@code encodeURIComponent}
 * writes), because an HTTP header carries no Vietnamese letters otherwise.
 */
@Path("evidence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {
  static final String FILE_NAME = "X-File-Name";
  private static final Logger LOG = Logger.getLogger(EvidenceResource.class.getName());

  @EJB private EvidenceService evidence;
  @Context private HttpHeaders headers;
  @Context private UriInfo uri;

  /**
   * Uploads a document of the caller's office: 201 with the document. With {@code &criterion=2.1}
   * the document is linked to that criterion in the same transaction: both happen or neither.
   */
  @POST
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      @QueryParam("assessment") Long assessment,
      @QueryParam("criterion") String criterion,
      @QueryParam("number") String number,
      @QueryParam("date") String date,
      @QueryParam("issuer") String issuer,
      @QueryParam("summary") String summary,
      @HeaderParam(FILE_NAME) String fileName,
      @HeaderParam("Content-Length") Long contentLength,
      InputStream body) {
    long assessmentId = required(assessment);
    EvidenceDetails details =
        new EvidenceDetails(
            either(number, "X-Document-Number", "number"),
            date(either(date, "X-Document-Date", "date")),
            either(issuer, "X-Document-Issuer", "issuer"),
            either(summary, "X-Document-Summary", "summary"));
    String name = decoded(fileName, FILE_NAME, "file");
    byte[] content = read(body, contentLength);
    String code = criterion == null || criterion.isBlank() ? null : criterion.strip();
    EvidenceJson created =
        EvidenceJson.of(
            code == null
                ? evidence.upload(assessmentId, details, name, content)
                : evidence.uploadFor(assessmentId, code, details, name, content),
            code);
    return Response.created(uri.getBaseUriBuilder().path("evidence/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  /**
   * The documents of the caller's office in an assessment ({@code ?assessment=1}); a reader may
   * name an office ({@code &office=tu-phap}); {@code &criterion=2.1} gives the documents that
   * support one criterion instead.
   */
  @GET
  public List<EvidenceJson> list(
      @QueryParam("assessment") Long assessment,
      @QueryParam("office") String office,
      @QueryParam("criterion") String criterion) {
    long assessmentId = required(assessment);
    var views =
        criterion == null || criterion.isBlank()
            ? evidence.officeEvidence(assessmentId, office)
            : evidence.criterionEvidence(assessmentId, criterion.strip());
    String code = criterion == null || criterion.isBlank() ? null : criterion.strip();
    return views.stream().map(v -> EvidenceJson.of(v, code)).toList();
  }

  @GET
  @Path("{id}")
  public EvidenceJson one(@PathParam("id") long id) {
    return EvidenceJson.of(evidence.evidence(id));
  }

  /**
   * The file as uploaded, its SHA-256 checked again; 409 with a translated message when the stored
   * file is missing or no longer matches.
   */
  @GET
  @Path("{id}/file")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("id") long id) {
    // a missing or changed file is a StoredFileUnavailableException: the one mapper answers 409
    EvidenceFile file = evidence.download(id);
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", contentDisposition(file.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /** Links a document of the caller's office to a criterion assigned to that office. */
  @PUT
  @Path("{id}/links/{code}")
  public EvidenceJson link(@PathParam("id") long id, @PathParam("code") String code) {
    return EvidenceJson.of(evidence.link(id, code), code);
  }

  @DELETE
  @Path("{id}/links/{code}")
  public EvidenceJson unlink(@PathParam("id") long id, @PathParam("code") String code) {
    return EvidenceJson.of(evidence.unlink(id, code));
  }

  private static long required(Long assessment) {
    if (assessment == null) {
      throw new BusinessException("evidence.assessment.required").onField("assessment");
    }
    return assessment;
  }

  /** The query parameter when given, otherwise the percent-encoded header. */
  private String either(String queryValue, String header, String field) {
    if (queryValue != null && !queryValue.isBlank()) {
      return queryValue;
    }
    return decoded(headers.getHeaderString(header), header, field);
  }

  private static String decoded(String headerValue, String header, String field) {
    if (headerValue == null) {
      return null;
    }
    try {
      return URLDecoder.decode(headerValue, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BusinessException("evidence.header.invalid", header).onField(field);
    }
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException("evidence.date.invalid", text).onField("date");
    }
  }

  /**
   * The body, read no further than one byte past the limit: a longer upload is refused without
   * holding it in memory, and one that declares a length over the limit is refused unread.
   */
  private byte[] read(InputStream body, Long contentLength) {
    long max = evidence.maxBytes();
    if (contentLength != null && contentLength > max) {
      throw EvidenceRefusals.tooLarge(max);
    }
    try {
      return body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "An evidence upload was not received completely", e);
      throw new BusinessException("evidence.file.incomplete").onField("file");
    }
  }

  /** The name twice: plain ASCII for old clients, and exact in UTF-8 (RFC 6266, RFC 8187). */
  static String contentDisposition(String fileName) {
    return "attachment; filename=\""
        + FileNames.asciiFallback(fileName)
        + "\"; filename*=UTF-8''"
        + percentEncoded(fileName);
  }

  private static String percentEncoded(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
