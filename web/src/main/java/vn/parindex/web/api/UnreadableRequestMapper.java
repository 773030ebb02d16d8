package vn.parindex.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime raises before a service runs (unreadable JSON, unknown path): the same
 * JSON shape as business errors, in the caller's language.
 */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<WebApplicationException> {
  @Inject private RefusalAnswers answers;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    String key = status == 404 ? "request.notFound" : "request.invalid";
    return answers.of(status, key, headers, e.getResponse().getStatusInfo().getReasonPhrase());
  }
}
