// The `notifications` resource (nhắc việc): the reminders of the viewer's unit, newest first as the
// API returns them, in the console's language (`meta.locale`). The API filters the unread ones
// (`unreadOnly`) and pages by cursor: a list reads only as far as the page shown. `meta.unreadCount`
// asks for the number not read only (the app bar's bell), as `total` with no records. Marking read
// is the one change: update (one reminder) or updateMany (some, or all with `meta.all`) with
// `data.read` true, one API call either way.
import {
  MarkNotificationsReadDocument,
  type MarkNotificationsReadInput,
  type NotificationFieldsFragment,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from "@kehoach/schema";
import { HttpError, type Identifier } from "react-admin";
import { fetchAllNodes, PAGE_SIZE, readMethods } from "./connection.ts";
import { apiLocaleOf } from "./locale.ts";
import { runMutation } from "./mutation.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

export type NotificationRecord = NotificationFieldsFragment;

export function createNotificationsHandler(client: GraphqlClient): ResourceHandler<NotificationRecord> {
  const getList: ResourceHandler<NotificationRecord>["getList"] = async (params) => {
    if ((params.meta as { unreadCount?: boolean } | undefined)?.unreadCount) {
      const { unreadNotificationCount } = await runQuery(client, UnreadNotificationCountDocument, {});
      return { data: [], total: unreadNotificationCount };
    }
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const wanted = page * perPage;
    const variables = { unreadOnly: params.filter?.unreadOnly === true, locale: apiLocaleOf(params.meta) };
    let read = 0;
    const all = await fetchAllNodes(async (after) => {
      const first = Math.min(PAGE_SIZE, wanted - read);
      const { notifications } = await runQuery(client, NotificationsDocument, { ...variables, first, after });
      read += notifications.edges.length;
      // Stop once the page shown is read: newest first is the only order.
      return read >= wanted
        ? { ...notifications, pageInfo: { ...notifications.pageInfo, hasNextPage: false } }
        : notifications;
    });
    const start = (page - 1) * perPage;
    return { data: (all?.nodes ?? []).slice(start, start + perPage), total: all?.totalCount ?? 0 };
  };

  // A reminder is read in its list; it has no page of its own.
  const getOne = async (id: Identifier): Promise<NotificationRecord> => {
    throw notFound("notifications", id);
  };

  const markRead = async (data: { read?: unknown }, input: MarkNotificationsReadInput) => {
    if (data.read !== true) throw new HttpError("app.error.read_only", 405);
    await runMutation(client, MarkNotificationsReadDocument, { input }, (d) => d.markNotificationsRead);
  };

  return {
    ...readMethods(getList, getOne),
    async update(params) {
      await markRead(params.data, { ids: [String(params.id)] });
      return { data: { ...params.previousData, read: true } };
    },
    async updateMany(params) {
      const all = (params.meta as { all?: boolean } | undefined)?.all === true;
      await markRead(params.data, all ? { all: true } : { ids: params.ids.map(String) });
      return { data: params.ids };
    },
  };
}
