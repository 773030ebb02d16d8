package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.parindex.notification.Reminders;
import vn.parindex.platform.BusinessException;

/** Notifications an administrator may trigger: the deadline reminders of a given day. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {
  @EJB private Reminders reminders;
  @Inject private Clock clock;

  /** How many offices were reminded; the pass of today when no day is given. */
  public record RemindedJson(String day, int reminded) {}

  @POST
  @Path("reminders")
  public RemindedJson reminders(@QueryParam("today") String today) {
    LocalDate day = day(today);
    return new RemindedJson(day.toString(), reminders.remind(day));
  }

  private LocalDate day(String text) {
    if (text == null || text.isBlank()) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException("reminders.badDay", text).onField("today");
    }
  }
}
