// Reminders to units (nhắc việc): the type, the viewer's list and unread count, marking as read.
import "./types.ts";
import "./queries.ts";
import "./markNotificationsRead.ts";
