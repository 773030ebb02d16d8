package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import vn.parindex.assessment.AssignmentMatrixView;
import vn.parindex.assessment.AssignmentService;
import vn.parindex.platform.BusinessException;

/**
 * The assignment of an assessment's criteria to the unit's offices (consolidating office and
 * administrators): the matrix, one criterion or a whole area to an office, the lead of a shared
 * criterion. Every answer is the matrix as it now stands.
 */
@Path("assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentResource {
  @EJB private AssignmentService assignments;

  @GET
  @Path("{id}")
  public AssignmentMatrixView matrix(@PathParam("id") long id) {
    return assignments.matrix(id);
  }

  /** Assigns every self-assessed criterion of an area to the office, keeping existing ones. */
  @PUT
  @Path("{id}/areas/{area}/{office}")
  public AssignmentMatrixView assignArea(
      @PathParam("id") long id,
      @PathParam("area") String area,
      @PathParam("office") String office) {
    return assignments.assignArea(id, area, office);
  }

  /** Assigns a criterion to an office; an optional body {@code {"lead": true}} picks the lead. */
  @PUT
  @Path("{id}/{code}/{office}")
  public AssignmentMatrixView assign(
      @PathParam("id") long id,
      @PathParam("code") String code,
      @PathParam("office") String office,
      String body) {
    return assignments.assign(id, code, office, lead(body));
  }

  @DELETE
  @Path("{id}/{code}/{office}")
  public AssignmentMatrixView unassign(
      @PathParam("id") long id,
      @PathParam("code") String code,
      @PathParam("office") String office) {
    return assignments.unassign(id, code, office);
  }

  /** The "lead" of a body such as {"lead": false}; null for an empty body or no "lead". */
  private static Boolean lead(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readObject().get("lead");
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
        return value == JsonValue.TRUE;
      }
      throw new BusinessException("request.invalid", "lead").onField("lead");
    } catch (JsonException e) {
      throw new BusinessException("request.invalid", e.getMessage()).onField("lead");
    }
  }
}
