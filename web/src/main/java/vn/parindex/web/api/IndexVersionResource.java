package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import java.util.List;
import vn.parindex.catalogue.CatalogueService;
import vn.parindex.catalogue.CriterionChangeView;
import vn.parindex.catalogue.DecisionRef;
import vn.parindex.catalogue.VersionSummary;
import vn.parindex.catalogue.exchange.IndexExchangeService;
import vn.parindex.platform.BusinessException;
import vn.parindex.report.ReportFormat;
import vn.parindex.report.VersionComparisonService;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.RequestLocale;

/**
 * Index versions: list, tree, a draft created from a file, a draft edited node by node, publish,
 * revise, compare, and every version exported to the Excel template.
 */
@Path("index-versions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndexVersionResource {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @EJB private CatalogueService catalogue;
  @EJB private IndexExchangeService exchange;
  @EJB private VersionComparisonService comparisons;
  @Inject private MessageResolver messages;
  @Context private UriInfo uri;
  @Context private HttpHeaders headers;

  @GET
  public List<VersionSummary> versions() {
    return catalogue.versions();
  }

  @GET
  @Path("{id}")
  public VersionJson tree(@PathParam("id") long id) {
    return VersionJson.of(catalogue.tree(id), messages, RequestLocale.of(headers));
  }

  @POST
  @Path("{id}/nodes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addNode(@PathParam("id") long id, NodeJson node) {
    catalogue.addNode(id, NodeJson.orEmpty(node).toDefinition(null));
    return Response.status(Response.Status.CREATED).build();
  }

  @PUT
  @Path("{id}/nodes/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response updateNode(
      @PathParam("id") long id, @PathParam("code") String code, NodeJson node) {
    catalogue.updateNode(id, code, NodeJson.orEmpty(node).toDefinition(code));
    return Response.noContent().build();
  }

  /** Moves a node, with everything under it, to a new code: {"newCode": "1.10"}. */
  @POST
  @Path("{id}/nodes/{code}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response moveNode(
      @PathParam("id") long id, @PathParam("code") String code, MoveJson move) {
    catalogue.moveNode(id, code, move == null ? null : move.newCode);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/nodes/{code}")
  public Response removeNode(@PathParam("id") long id, @PathParam("code") String code) {
    catalogue.removeNode(id, code);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/publish")
  public Response publish(@PathParam("id") long id) {
    catalogue.publish(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/revise")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response revise(@PathParam("id") long id, RevisionJson revision) {
    RevisionJson body = revision == null ? new RevisionJson() : revision;
    long draft =
        catalogue.revise(
            id, body.name, body.decision(), body.unitLevel, body.year, body.periodUntil);
    return Response.created(uri.getBaseUriBuilder().path("index-versions/{id}").build(draft))
        .entity(new CreatedJson(draft))
        .build();
  }

  @GET
  @Path("compare")
  public List<CriterionChangeView> compare(
      @QueryParam("from") long from, @QueryParam("to") long to) {
    return catalogue.compare(from, to);
  }

  /** The comparison printed for the meeting that approves a revision. */
  @GET
  @Path("compare.pdf")
  @Produces("application/pdf")
  public Response comparePdf(
      @QueryParam("from") long from,
      @QueryParam("to") long to,
      @QueryParam("unchanged") boolean includeUnchanged) {
    byte[] pdf =
        comparisons.render(from, to, includeUnchanged, ReportFormat.PDF, RequestLocale.of(headers));
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition", "inline; filename=\"comparison-" + from + "-" + to + ".pdf\"")
        .build();
  }

  /**
   * Body of POST .../revise: the new draft's name and the decision that issues it; the level, the
   * first year and the period's last year when the revision changes them.
   */
  public static class RevisionJson {
    public String name;
    public String unitLevel;
    public Integer year;
    public Integer periodUntil;
    public String decisionNumber;
    public LocalDate decisionDate;
    public String decisionIssuer;

    DecisionRef decision() {
      try {
        return new DecisionRef(decisionNumber, decisionDate, decisionIssuer);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new BusinessException("version.decision.required").onField("decision");
      }
    }
  }

  /** Body of POST .../move. */
  public static class MoveJson {
    public String newCode;
  }

  /** The id of what was created. */
  public record CreatedJson(long id) {}

  @POST
  @Consumes({XLSX, "application/yaml", "application/x-yaml", "text/yaml"})
  @Produces(MediaType.APPLICATION_JSON)
  public Response importFile(@HeaderParam("Content-Type") String contentType, byte[] content) {
    String fileName =
        contentType != null && contentType.contains("yaml") ? "index.yaml" : "index.xlsx";
    long draft = exchange.importFile(fileName, content);
    return Response.created(uri.getBaseUriBuilder().path("index-versions/{id}").build(draft))
        .entity(new CreatedJson(draft))
        .build();
  }

  @GET
  @Path("{id}/workbook.xlsx")
  @Produces(XLSX)
  public Response export(@PathParam("id") long id) {
    return attachment(exchange.exportWorkbook(id), "index-version-" + id + ".xlsx");
  }

  @GET
  @Path("template.xlsx")
  @Produces(XLSX)
  public Response template() {
    return attachment(exchange.template(), "index-template.xlsx");
  }

  private static Response attachment(byte[] file, String name) {
    return Response.ok(file, XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
