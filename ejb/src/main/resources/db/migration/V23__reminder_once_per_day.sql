-- A deadline reminder reaches an office at most once per assessment and day, even when several
-- nodes of a cluster run the daily reminders at the same moment: the second node's insert waits
-- for the first one's transaction and then fails, so its whole pass (notices and mails) is undone.
-- Only reminders carry the day here: other notifications may come several times a day.
-- Owner in code: vn.parindex.notification.NotificationLog.
alter table notification_log add column reminder_day date;

update notification_log set reminder_day = sent_day
 where kind = 'REMINDER'
   and id in (select min(id) from notification_log where kind = 'REMINDER'
               group by assessment_id, office_id, sent_day);

create unique index ux_notification_log_reminder_day
    on notification_log (assessment_id, office_id, reminder_day);
