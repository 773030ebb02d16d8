package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.parindex.catalogue.CatalogueService;
import vn.parindex.catalogue.UnitLevelView;

/**
 * The levels of administration an index applies to: everyone who reads the index lists them; the
 * system administrator adds and renames them. A level is named by its code, which stays.
 */
@Path("unit-levels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitLevelResource {
  @EJB private CatalogueService catalogue;

  @GET
  public List<UnitLevelView> levels() {
    return catalogue.unitLevels();
  }

  /** {"code": "commune", "name": "Cấp xã"}. */
  @POST
  public Response add(LevelJson level) {
    LevelJson body = level == null ? new LevelJson() : level;
    UnitLevelView created = catalogue.addUnitLevel(body.code, body.name);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  /** Renames the level: {"name": "Cấp huyện (trước 2025)"}. */
  @PUT
  @Path("{code}")
  public UnitLevelView rename(@PathParam("code") String code, LevelJson level) {
    return catalogue.renameUnitLevel(code, level == null ? null : level.name);
  }

  /** Body of POST and PUT /api/unit-levels. */
  public static class LevelJson {
    public String code;
    public String name;
  }
}
