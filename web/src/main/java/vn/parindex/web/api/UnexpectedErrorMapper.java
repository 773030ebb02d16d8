package vn.parindex.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.availability.DatabaseOutage;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.RequestLocale;

/**
 * A failure nobody foresaw: logged in full with an id, answered with that id and no internals, so a
 * user can report it and an administrator can find it in the log. A database outage is no such
 * failure: it is answered as the refusal of kind UNAVAILABLE (503, Retry-After).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Inject private MessageResolver messages;
  @Context private HttpHeaders headers;
  @Context private Providers providers;

  @Override
  public Response toResponse(Exception e) {
    if (DatabaseOutage.isCause(e)) {
      LOG.warning(() -> "Database unreachable, answered 503: " + e);
      return providers.getExceptionMapper(Refusal.class).toResponse(DatabaseOutage.refusal());
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "API incident " + incident, e);
    String message = messages.message("server.error", RequestLocale.of(headers), incident);
    return Response.serverError()
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorJson(500, message, null))
        .build();
  }
}
