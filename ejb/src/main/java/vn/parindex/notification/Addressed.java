package vn.parindex.notification;

import java.util.List;

/** A notification e-mail with the addresses it goes to. */
public record Addressed(Letter letter, List<String> recipients) {
  public Addressed {
    recipients = List.copyOf(recipients);
  }
}
