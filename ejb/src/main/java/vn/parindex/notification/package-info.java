/**
 * Notifications by e-mail: services fire {@link vn.parindex.notification.OfficeNotified} next to
 * each portal notice; the mail goes out after the change commits, and the deadline reminders run
 * daily. Mail is off, and only the portal notices remain, when no SMTP host is configured.
 */
package vn.parindex.notification;
