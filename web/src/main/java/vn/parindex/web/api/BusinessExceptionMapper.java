package vn.parindex.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import vn.parindex.assessment.AssessmentOpenRefusedException;
import vn.parindex.assessment.ConcurrentChangeException;
import vn.parindex.assessment.SubmissionRefusedException;
import vn.parindex.catalogue.VersionHasProblemsException;
import vn.parindex.catalogue.exchange.ImportRefusedException;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.RequestLocale;

/**
 * A refused request: 400 for bad input, 403 for another office's data, 404 for unknown ids, 409 for
 * a score someone changed meanwhile.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
  @Inject private MessageResolver messages;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(BusinessException e) {
    Status status =
        e instanceof AccessDeniedException
            ? Status.FORBIDDEN
            : e instanceof NotFoundException
                ? Status.NOT_FOUND
                : e instanceof ConcurrentChangeException ? Status.CONFLICT : Status.BAD_REQUEST;
    Locale locale = RequestLocale.of(headers);
    String message = messages.message(e, locale);
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorJson(status.getStatusCode(), message, e.field(), problems(e, locale)))
        .build();
  }

  private List<ProblemJson> problems(BusinessException e, Locale locale) {
    if (e instanceof VersionHasProblemsException refused) {
      return refused.problems().stream()
          .map(
              p ->
                  new ProblemJson(
                      p.code(),
                      null,
                      null,
                      null,
                      messages.message(p.messageKey(), locale, p.arguments())))
          .toList();
    }
    if (e instanceof SubmissionRefusedException refused) {
      return refused.problems().stream()
          .map(
              p ->
                  new ProblemJson(
                      p.code(),
                      null,
                      null,
                      null,
                      p.code() + " " + p.name() + ": " + messages.message(p.messageKey(), locale)))
          .toList();
    }
    if (e instanceof AssessmentOpenRefusedException refused) {
      return refused.problems().stream()
          .map(p -> new ProblemJson(p.code(), null, null, null, p.code() + " " + p.name()))
          .toList();
    }
    if (e instanceof ImportRefusedException refused) {
      return refused.problems().stream()
          .map(
              p ->
                  new ProblemJson(
                      null,
                      p.sheet(),
                      p.row(),
                      p.column(),
                      messages.message(p.messageKey(), locale, p.arguments())))
          .toList();
    }
    return List.of();
  }
}
