package vn.parindex.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.RequestLocale;

/**
 * Writes every refused request's answer in the one shape, {@code {status, message, field,
 * problems}}, in the caller's language: for the services' refusals and for those the container
 * makes before a service runs (a role refused, an unknown path, an unsupported media type).
 */
@ApplicationScoped
public class RefusalAnswers {
  /** How long a client waits before trying again while something the product needs is down. */
  public static final int RETRY_AFTER_SECONDS = 30;

  @Inject private MessageResolver messages;

  Response of(Refusal refusal, HttpHeaders headers) {
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

  /** A refusal whose status the container chose, such as 405 or 415. */
  Response of(int status, String messageKey, HttpHeaders headers, Object... arguments) {
    String message = messages.message(messageKey, RequestLocale.of(headers), arguments);
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorJson(status, message, null))
        .build();
  }

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
