// The `notifications` resource over a stubbed API: a page read by cursor only as far as it is shown,
// in the language asked, unread ones only on request; the bell's count from unreadNotificationCount;
// marking read one, some or all in one call, and the API's refusal as react-admin's error.
import {
  MarkNotificationsReadDocument,
  type MarkNotificationsReadMutation,
  type NotificationFieldsFragment,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from "@kehoach/schema";
import type { HttpError } from "react-admin";
import { describe, expect, it } from "vitest";
import { answer, stubClient } from "../../test/support/stubClient.ts";
import { createDataProvider } from "./index.ts";

const reminder = (n: number): NotificationFieldsFragment => ({
  id: btoa(`Notification:${n}`),
  kind: "REPORT_DUE_SOON",
  title: `Nhắc ${n}`,
  body: "Đơn vị chưa gửi báo cáo Tháng 11/2026; hạn gửi là ngày 25/11/2026.",
  createdAt: "2026-11-22T01:00:00.000Z",
  emailedAt: null,
  read: false,
  unit: { id: "VW5pdDp2aHho", code: "vhxh", name: "Phòng Văn hóa - Xã hội" },
  period: { id: "UmVwb3J0aW5nUGVyaW9kOjEx", label: "Tháng 11/2026" },
  report: null,
  task: null,
});
const ALL = Array.from({ length: 60 }, (_, i) => reminder(60 - i));

/** The API's connection: `first` reminders after the cursor (an index). */
function notificationsApi() {
  const asked: Record<string, unknown>[] = [];
  const marked: unknown[] = [];
  const client = stubClient(
    answer(NotificationsDocument, (variables) => {
      asked.push(variables);
      const start = variables.after ? Number(variables.after) + 1 : 0;
      const nodes = ALL.slice(start, start + (variables.first ?? ALL.length));
      return {
        notifications: {
          totalCount: ALL.length,
          pageInfo: { hasNextPage: start + nodes.length < ALL.length, endCursor: String(start + nodes.length - 1) },
          edges: nodes.map((node, i) => ({ cursor: String(start + i), node })),
        },
      };
    }),
    answer(UnreadNotificationCountDocument, { unreadNotificationCount: 7 }),
    answer(MarkNotificationsReadDocument, (variables): MarkNotificationsReadMutation => {
      marked.push(variables.input);
      if (variables.input.ids?.length === 0 && !variables.input.all) {
        return {
          markNotificationsRead: {
            __typename: "ValidationError",
            code: "VALIDATION",
            message: "Dữ liệu không hợp lệ",
            issues: [{ path: ["input", "ids"], message: "Chọn ít nhất một lời nhắc, hoặc chọn tất cả." }],
          },
        };
      }
      return { markNotificationsRead: { __typename: "MarkNotificationsReadPayload", unreadCount: 0 } };
    }),
  );
  return { dataProvider: createDataProvider(client), asked, marked };
}

describe("notifications data provider", () => {
  it("reads a page by cursor only as far as it is shown, in the language asked", async () => {
    const { dataProvider, asked } = notificationsApi();
    const second = await dataProvider.getList("notifications", {
      pagination: { page: 2, perPage: 25 },
      sort: { field: "createdAt", order: "DESC" },
      filter: { unreadOnly: true },
      meta: { locale: "en" },
    });
    expect(second.total).toBe(60);
    expect(second.data.map((n) => n.title)).toEqual(ALL.slice(25, 50).map((n) => n.title));
    expect(asked).toEqual([{ first: 50, after: null, unreadOnly: true, locale: "EN" }]);

    await dataProvider.getList("notifications", {
      pagination: { page: 1, perPage: 10 },
      sort: { field: "createdAt", order: "DESC" },
      filter: {},
    });
    expect(asked.at(-1)).toEqual({ first: 10, after: null, unreadOnly: false, locale: "VI" });
  });

  it("counts the unread reminders for the bell without reading them", async () => {
    const { dataProvider, asked } = notificationsApi();
    const count = await dataProvider.getList("notifications", {
      pagination: { page: 1, perPage: 1 },
      sort: { field: "id", order: "DESC" },
      filter: {},
      meta: { unreadCount: true },
    });
    expect(count).toEqual({ data: [], total: 7 });
    expect(asked).toEqual([]);
  });

  it("marks one, some or all reminders read, each in one call", async () => {
    const { dataProvider, marked } = notificationsApi();
    const first = ALL[0] as NotificationFieldsFragment;
    const one = await dataProvider.update("notifications", { id: first.id, data: { read: true }, previousData: first });
    expect(one.data).toEqual({ ...first, read: true });
    const some = ALL.slice(1, 3).map((n) => n.id);
    await dataProvider.updateMany("notifications", { ids: some, data: { read: true } });
    await dataProvider.updateMany("notifications", { ids: [], data: { read: true }, meta: { all: true } });
    expect(marked).toEqual([{ ids: [first.id] }, { ids: some }, { all: true }]);
  });

  it("refuses any other change, and passes on the API's refusal", async () => {
    const { dataProvider, marked } = notificationsApi();
    const first = ALL[0] as NotificationFieldsFragment;
    const other = await dataProvider
      .update("notifications", { id: first.id, data: { title: "Khác" }, previousData: first })
      .catch((error: HttpError) => error);
    expect((other as HttpError).status).toBe(405);
    expect(marked).toEqual([]);

    const refused = await dataProvider
      .updateMany("notifications", { ids: [], data: { read: true } })
      .catch((error: HttpError) => error);
    expect((refused as HttpError).message).toBe("Chọn ít nhất một lời nhắc, hoặc chọn tất cả.");
  });
});
