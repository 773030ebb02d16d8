package vn.parindex.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.RequestLocale;

/** A service the caller's role may not use: 403 with a translated message. */
@Provider
public class AccessExceptionMapper implements ExceptionMapper<EJBAccessException> {
  @Inject private MessageResolver messages;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(EJBAccessException e) {
    String message = messages.message("access.roleDenied", RequestLocale.of(headers));
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorJson(403, message, null))
        .build();
  }
}
