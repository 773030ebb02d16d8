package vn.parindex.web.availability;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.logging.Logger;
import vn.parindex.web.api.ErrorJson;
import vn.parindex.web.api.RefusalAnswers;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.RequestLocale;

/**
 * Where the container sends a request that failed outside the API's own exception mapping: in the
 * sign-in step (which reads the accounts) or in a page. A database outage is answered 503 with
 * Retry-After: the API's refusal shape in the caller's language for {@code /api/}, the error page
 * saying so for the portal. Any other failure keeps the error page's 500.
 */
@WebServlet(FailurePage.PATH)
public class FailurePage extends HttpServlet {
  static final String PATH = "/failure";
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(FailurePage.class.getName());
  private static final String ERROR_PAGE = "/error.xhtml";

  @Inject private transient MessageResolver messages;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if (request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (!DatabaseOutage.isCause(failure)) {
      request.getRequestDispatcher(ERROR_PAGE).forward(request, response);
      return;
    }
    LOG.warning(() -> "Database unreachable, answered 503: " + failure);
    int status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    response.setStatus(status);
    response.setHeader("Retry-After", String.valueOf(RefusalAnswers.RETRY_AFTER_SECONDS));
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
      Locale locale = RequestLocale.of(Collections.list(request.getLocales()));
      ErrorJson body =
          new ErrorJson(
              status, messages.message(DatabaseOutage.refusal().messageKey(), locale), null);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      try (Jsonb json = JsonbBuilder.create()) {
        response.getWriter().write(json.toJson(body));
      } catch (Exception e) {
        throw new ServletException(e);
      }
      return;
    }
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
    request.getRequestDispatcher(ERROR_PAGE).forward(request, response);
  }
}
