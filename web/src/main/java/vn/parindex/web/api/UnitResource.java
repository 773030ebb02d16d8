package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.parindex.organisation.OfficeView;
import vn.parindex.organisation.OrganisationService;
import vn.parindex.organisation.ProvinceService;
import vn.parindex.organisation.UnitDetails;
import vn.parindex.organisation.UnitPlacement;
import vn.parindex.organisation.UnitView;

/**
 * Assessed units and their offices (administrators): list, create, rename; an office is deactivated
 * rather than deleted once anything refers to it.
 */
@Path("units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {
  @EJB private OrganisationService organisation;
  @EJB private ProvinceService provinces;

  @GET
  public List<UnitView> units() {
    return organisation.units();
  }

  @POST
  public Response createUnit(UnitJson unit) {
    long id = organisation.createUnit(UnitJson.orEmpty(unit).details());
    return Response.status(Response.Status.CREATED).entity(organisation.unit(id)).build();
  }

  @GET
  @Path("{id}")
  public UnitView unit(@PathParam("id") long id) {
    return organisation.unit(id);
  }

  @PUT
  @Path("{id}")
  public UnitView describeUnit(@PathParam("id") long id, UnitJson unit) {
    organisation.describeUnit(id, UnitJson.orEmpty(unit).details());
    return organisation.unit(id);
  }

  /**
   * Places the unit in a province, a block of it and a kind (system administrators): {"province":
   * 3, "block": 7, "kind": "department"}; what is missing or null is taken away.
   */
  @PUT
  @Path("{id}/placement")
  public UnitView place(@PathParam("id") long id, PlacementJson placement) {
    PlacementJson body = placement == null ? new PlacementJson() : placement;
    provinces.placeUnit(id, new UnitPlacement(body.province, body.block, body.kind));
    return organisation.unit(id);
  }

  @GET
  @Path("{id}/offices")
  public List<OfficeView> offices(@PathParam("id") long id) {
    return organisation.offices(id);
  }

  @POST
  @Path("{id}/offices")
  public Response createOffice(@PathParam("id") long id, OfficeJson office) {
    OfficeJson body = office == null ? new OfficeJson() : office;
    OfficeView created =
        organisation.createOffice(
            id, body.code, body.name, Boolean.TRUE.equals(body.consolidating), body.headTitle);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("{id}/offices/{code}")
  public OfficeView office(@PathParam("id") long id, @PathParam("code") String code) {
    return organisation.office(id, code);
  }

  /**
   * Changes what the body gives: {"name", "consolidating": true, "active": false, "headTitle":
   * "CHÁNH VĂN PHÒNG"}.
   */
  @PUT
  @Path("{id}/offices/{code}")
  public OfficeView changeOffice(
      @PathParam("id") long id, @PathParam("code") String code, OfficeJson office) {
    OfficeJson body = office == null ? new OfficeJson() : office;
    return organisation.changeOffice(
        id, code, body.name, body.consolidating, body.active, body.headTitle);
  }

  @DELETE
  @Path("{id}/offices/{code}")
  public Response deleteOffice(@PathParam("id") long id, @PathParam("code") String code) {
    organisation.deleteOffice(id, code);
    return Response.noContent().build();
  }

  /** Body of POST and PUT /api/units. */
  public static class UnitJson {
    public String name;
    public String level;
    public String superiorName;
    public String placeName;

    static UnitJson orEmpty(UnitJson json) {
      return json == null ? new UnitJson() : json;
    }

    UnitDetails details() {
      return new UnitDetails(name, level, superiorName, placeName);
    }
  }

  /** Body of POST and PUT .../offices; on PUT a missing value stays as it is. */
  public static class OfficeJson {
    public String code;
    public String name;
    public Boolean consolidating;
    public Boolean active;
    public String headTitle;
  }

  /** Body of PUT /api/units/{id}/placement. */
  public static class PlacementJson {
    public Long province;
    public Long block;
    public String kind;
  }
}
