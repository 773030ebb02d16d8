package vn.parindex.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends notification e-mails through the server's mail session, one at a time on the container's
 * asynchronous threads and outside any transaction (a slow SMTP server holds no database
 * connection). Every outcome is recorded on the notification's log row; a failure is logged too.
 */
@Stateless
public class MailOutbox {
  private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

  @Resource(lookup = "java:jboss/mail/ParIndex")
  private Session session;

  @EJB private NotificationRecords records;

  private final MailSettings settings = MailSettings.fromEnvironment();

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void deliver(UUID eventId) {
    Optional<Addressed> letter;
    try {
      letter = records.letter(eventId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Notification " + eventId + " could not be written", e);
      records.settle(eventId, Delivery.FAILED, null, String.valueOf(e.getMessage()));
      return;
    }
    if (letter.isEmpty()) {
      return;
    }
    Addressed mail = letter.get();
    if (mail.recipients().isEmpty()) {
      records.settle(eventId, Delivery.NO_RECIPIENT, null, null);
      return;
    }
    String to = String.join(", ", mail.recipients());
    try {
      MimeMessage message = message(mail);
      if (settings.user().isPresent()) {
        Transport.send(message, settings.user().get(), settings.password());
      } else {
        Transport.send(message);
      }
      records.settle(eventId, Delivery.SENT, to, null);
    } catch (MessagingException | RuntimeException e) {
      String why = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.warning(() -> "Notification mail " + eventId + " to " + to + " was not sent: " + why);
      records.settle(eventId, Delivery.FAILED, to, why);
    }
  }

  private MimeMessage message(Addressed mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom();
    for (String address : mail.recipients()) {
      message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
    }
    message.setSubject(mail.letter().subject(), "UTF-8");
    message.setText(mail.letter().body(), "UTF-8");
    message.setSentDate(new Date());
    return message;
  }
}
