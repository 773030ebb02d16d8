package vn.parindex.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The portal's links to the files the API serves (scorecards, reports, evidence, exports). The API
 * ignores the portal's session, so the pages link here instead: a signed-in person's GET is
 * forwarded to the same path under {@code /api} and answered exactly as the API answers it. Only
 * reads pass; every other method is refused, so a forged link can start a download and nothing
 * more.
 */
@WebServlet(PortalFileServlet.PATH + "/*")
public class PortalFileServlet extends HttpServlet {
  static final String PATH = "/files";
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    // the path as the browser sent it (still encoded), so the API decodes it once, as it would
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    String api = "/api" + path.substring(PATH.length()) + (query == null ? "" : "?" + query);
    request.getRequestDispatcher(api).forward(request, new AsTheApiAnswers(response));
  }

  /**
   * Keeps the content type as the API sets it: on a forward the container would otherwise append
   * its default charset ({@code application/pdf;charset=ISO-8859-1}, or ISO-8859-1 on UTF-8 JSON).
   * The API names a charset in the content type itself when one applies.
   */
  private static final class AsTheApiAnswers extends HttpServletResponseWrapper {
    AsTheApiAnswers(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setCharacterEncoding(String charset) {
      // ignored: see above
    }
  }
}
