package vn.parindex.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.RequestLocale;

/**
 * The one mapping of a refusal to an answer: its kind gives the status (400, 403, 404, 409, 503),
 * its key the translated message, its field and its details where they are.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {
  @Inject private MessageResolver messages;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Refusal refusal) {
    Locale locale = RequestLocale.of(headers);
    int status = refusal.kind().status();
    String message = messages.message(refusal.messageKey(), locale, refusal.arguments());
    Response.ResponseBuilder answer =
        Response.status(status)
            .type(MediaType.APPLICATION_JSON)
            .entity(new ErrorJson(status, message, refusal.field(), problems(refusal, locale)));
    if (refusal.kind() == Refusal.Kind.UNAVAILABLE) {
      answer.header("Retry-After", RETRY_AFTER_SECONDS);
    }
    return answer.build();
  }

  /** How long a client waits before trying again while something the product needs is down. */
  public static final int RETRY_AFTER_SECONDS = 30;

  private List<ProblemJson> problems(Refusal refusal, Locale locale) {
    return refusal.details().stream()
        .map(
            d -> {
              String text = messages.message(d.messageKey(), locale, d.arguments().toArray());
              return new ProblemJson(
                  d.code(),
                  d.sheet(),
                  d.row(),
                  d.column(),
                  d.label() == null ? text : d.label() + ": " + text);
            })
        .toList();
  }
}
