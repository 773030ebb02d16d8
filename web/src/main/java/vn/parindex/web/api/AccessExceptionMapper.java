package vn.parindex.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.parindex.kernel.Refusal;

/** A service the caller's role may not use: the refusal of a forbidden request, 403. */
@Provider
public class AccessExceptionMapper implements ExceptionMapper<EJBAccessException> {
  @Inject private RefusalAnswers answers;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(EJBAccessException e) {
    return answers.of(Refusal.forbidden("access.roleDenied"), headers);
  }
}
