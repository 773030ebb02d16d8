package vn.parindex.web.security;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * An ajax action on a page whose state the server no longer has, while the caller is still signed
 * in (a session that expired never gets here: the authentication mechanism sends it to sign-in
 * first): the page is loaded again, rather than the action failing without a word. What was typed
 * in the scoring dialog is offered again from the tab's storage.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

  public ExpiredViewHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        if (isExpiredView(events.next().getContext().getException())) {
          events.remove();
          reload(faces);
        }
      }
    }
    getWrapped().handle();
  }

  private static boolean isExpiredView(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  private static void reload(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    try {
      external.redirect(
          SignInRedirect.pageOfAction(request).orElse(external.getRequestContextPath() + "/"));
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Installs the handler (faces-config.xml names it). */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }
  }
}
