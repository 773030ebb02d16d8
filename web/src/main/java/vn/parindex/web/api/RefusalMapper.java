package vn.parindex.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.parindex.kernel.Refusal;

/**
 * The one mapping of a refusal to an answer: its kind gives the status (400, 403, 404, 409, 503),
 * its key the translated message, its field and its details where they are.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {
  @Inject private RefusalAnswers answers;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Refusal refusal) {
    return answers.of(refusal, headers);
  }
}
