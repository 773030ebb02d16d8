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
import vn.parindex.organisation.BlockView;
import vn.parindex.organisation.ProvinceService;
import vn.parindex.organisation.ProvinceView;

/**
 * Provinces and their blocks (system administrators; a province's own accounts read theirs): list,
 * create, rename; a block is also moved to another place in its province's order.
 */
@Path("provinces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProvinceResource {
  @EJB private ProvinceService provinces;

  @GET
  public List<ProvinceView> provinces() {
    return provinces.provinces();
  }

  /** {"name": "Tỉnh Gia Lai", "illustrative": false}. */
  @POST
  public Response create(ProvinceJson province) {
    ProvinceJson body = province == null ? new ProvinceJson() : province;
    long id = provinces.createProvince(body.name, Boolean.TRUE.equals(body.illustrative));
    return Response.status(Response.Status.CREATED).entity(provinces.province(id)).build();
  }

  @GET
  @Path("{id}")
  public ProvinceView province(@PathParam("id") long id) {
    return provinces.province(id);
  }

  /** Renames the province: {"name": "Tỉnh Gia Lai"}. */
  @PUT
  @Path("{id}")
  public ProvinceView rename(@PathParam("id") long id, ProvinceJson province) {
    provinces.renameProvince(id, province == null ? null : province.name);
    return provinces.province(id);
  }

  @GET
  @Path("{id}/blocks")
  public List<BlockView> blocks(@PathParam("id") long id) {
    return provinces.blocks(id);
  }

  /** {"name": "Khối xã, phường", "order": 2}; without an order the block comes last. */
  @POST
  @Path("{id}/blocks")
  public Response addBlock(@PathParam("id") long id, BlockJson block) {
    BlockJson body = block == null ? new BlockJson() : block;
    BlockView created = provinces.addBlock(id, body.name, body.order);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("{id}/blocks/{block}")
  public BlockView block(@PathParam("id") long id, @PathParam("block") long block) {
    return provinces.block(id, block);
  }

  /** Renames and moves as far as given: {"name": "...", "order": 1}; the others renumber. */
  @PUT
  @Path("{id}/blocks/{block}")
  public BlockView changeBlock(
      @PathParam("id") long id, @PathParam("block") long block, BlockJson change) {
    BlockJson body = change == null ? new BlockJson() : change;
    return provinces.changeBlock(id, block, body.name, body.order);
  }

  /** Body of POST and PUT /api/provinces. */
  public static class ProvinceJson {
    public String name;
    public Boolean illustrative;
  }

  /** Body of POST and PUT .../blocks; order is the place, 1 first. */
  public static class BlockJson {
    public String name;
    public Integer order;
  }
}
