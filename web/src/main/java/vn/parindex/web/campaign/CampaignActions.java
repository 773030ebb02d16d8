package vn.parindex.web.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.primefaces.PrimeFaces;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.LocaleBacking;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * How the campaign pages act: a service call either succeeds, with a translated message, or is
 * refused, with the refusal's message through {@link PageRefusals}, and a dialog learns which
 * ({@code args.done}). Also the one way these pages print a moment.
 */
@Named
@ApplicationScoped
public class CampaignActions {
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private LocaleBacking locale;
  @Inject private Clock clock;

  /** Runs the change; on success says so with the message of the key and arguments. */
  public boolean run(Runnable change, String doneKey, Object... arguments) {
    boolean done = attempt(change);
    if (done) {
      info(doneKey, arguments);
    }
    return done;
  }

  /** Runs the change; says nothing on success, for a caller whose message needs its result. */
  public boolean attempt(Runnable change) {
    boolean done;
    try {
      change.run();
      done = true;
    } catch (Refusal refusal) {
      refusals.show(refusal, (String) null);
      done = false;
    }
    PrimeFaces.current().ajax().addCallbackParam("done", done);
    return done;
  }

  public void info(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO,
                messages.message(key, locale.getLocale(), arguments),
                null));
  }

  /** A moment as day and time in the assessment calendar's zone; empty for none. */
  public String when(Instant at) {
    return at == null ? "" : MOMENT.format(at.atZone(clock.getZone()));
  }
}
