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
import vn.parindex.organisation.ProvinceService;
import vn.parindex.organisation.UnitKindDetails;
import vn.parindex.organisation.UnitKindView;

/**
 * Kinds of unit and how their documents are signed and headed (system administrators): list, add,
 * change. A kind is named by its code.
 */
@Path("unit-kinds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitKindResource {
  @EJB private ProvinceService provinces;

  @GET
  public List<UnitKindView> kinds() {
    return provinces.kinds();
  }

  @POST
  public Response create(UnitKindJson kind) {
    UnitKindView created = provinces.createKind(UnitKindJson.orEmpty(kind).details(null));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("{code}")
  public UnitKindView kind(@PathParam("code") String code) {
    return provinces.kind(code);
  }

  /** Sets the name, both signatures and the letterhead line as given (none: cleared). */
  @PUT
  @Path("{code}")
  public UnitKindView change(@PathParam("code") String code, UnitKindJson kind) {
    return provinces.changeKind(code, UnitKindJson.orEmpty(kind).details(code));
  }

  /**
   * Body of POST and PUT /api/unit-kinds: {"code": "department", "name": "Sở, ban, ngành",
   * "headSignature": "GIÁM ĐỐC", "deputySignature": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
   * "letterheadAbove": null}.
   */
  public static class UnitKindJson {
    public String code;
    public String name;
    public String headSignature;
    public String deputySignature;
    public String letterheadAbove;

    static UnitKindJson orEmpty(UnitKindJson json) {
      return json == null ? new UnitKindJson() : json;
    }

    UnitKindDetails details(String pathCode) {
      return new UnitKindDetails(
          pathCode == null ? code : pathCode,
          name,
          headSignature,
          deputySignature,
          letterheadAbove);
    }
  }
}
