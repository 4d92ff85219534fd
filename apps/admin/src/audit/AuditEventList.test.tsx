// The audit log list over the data provider (the API stubbed as it answers): sign-ins hidden by a
// visible switch that is on by default, a text search that reads events by their Vietnamese label,
// their item and who did them, and no label lookup for items that have none (sessions).
import { AuditEventsDocument, NodeLabelDocument } from "@kehoach/schema";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { DocumentNode } from "graphql";
import { AdminContext, ResourceContextProvider } from "react-admin";
import { describe, expect, it } from "vitest";
import { signedInAs } from "../../test/support/signedInAs.ts";
import { globalIdOf } from "../dataProvider/auditEvents.ts";
import { createDataProvider, type GraphqlClient } from "../dataProvider/index.ts";
import { createI18nProvider } from "../i18n/index.ts";
import AuditEventList from "./AuditEventList.tsx";

const REPORT = "0b5a1c9e-0000-4000-8000-000000000001";
const UNIT = "0b5a1c9e-0000-4000-8000-000000000002";
const SESSION = "0b5a1c9e-0000-4000-8000-000000000003";
const staff = { id: "VXNlcjprdA==", displayName: "Trần Văn Cán Bộ", username: "kt.canbo" };
const office = { id: "VXNlcjp2cA==", displayName: "Lê Thị Văn Phòng", username: "vanphong" };

const event = (id: string, name: string, entityType: string, entityId: string, actor: typeof staff, after = {}) => ({
  id,
  name,
  entityType,
  entityId,
  actor,
  createdAt: `2026-12-1${id}T01:30:00.000Z`,
  before: null,
  after: JSON.stringify(after),
});
const events = [
  event("3", "report.submitted", "ProgressReport", REPORT, staff),
  event("2", "unit.updated", "Unit", UNIT, office),
  event("1", "session.created", "Session", SESSION, staff, { username: "kt.canbo" }),
];
const labels: Record<string, unknown> = {
  [globalIdOf("ProgressReport", REPORT)]: {
    __typename: "ProgressReport",
    unit: { name: "Phòng Kinh tế, Hạ tầng và Đô thị" },
    period: { label: "Tháng 11/2026" },
  },
  [globalIdOf("Unit", UNIT)]: { __typename: "Unit", name: "Tổ dân phố 9" },
};

function stubApi() {
  const calls = { lists: [] as Record<string, unknown>[], labels: [] as string[] };
  const client = {
    query: (document: DocumentNode, variables: Record<string, unknown>) => ({
      toPromise: async () => {
        if (document === AuditEventsDocument) {
          calls.lists.push(variables);
          const nodes = events.filter(
            (e) =>
              (!variables.excludeSignIns || !e.name.startsWith("session.")) &&
              (!variables.name || e.name === variables.name),
          );
          return {
            data: {
              auditEvents: {
                totalCount: nodes.length,
                pageInfo: { hasNextPage: false, endCursor: null },
                edges: nodes.map((node) => ({ cursor: node.id, node: { __typename: "AuditEvent", ...node } })),
              },
            },
          };
        }
        if (document === NodeLabelDocument) {
          const id = String(variables.id);
          calls.labels.push(atob(id).split(":")[0] ?? "");
          return { data: { node: labels[id] ? { id, ...(labels[id] as object) } : null } };
        }
        throw new Error("unexpected document");
      },
    }),
  } as unknown as GraphqlClient;
  return { client, calls };
}

const authProvider = signedInAs("OFFICE");

function renderList(client: GraphqlClient) {
  render(
    <AdminContext
      dataProvider={createDataProvider(client)}
      authProvider={authProvider}
      i18nProvider={createI18nProvider()}
    >
      <ResourceContextProvider value="auditEvents">
        <AuditEventList />
      </ResourceContextProvider>
    </AdminContext>,
  );
}

const search = (text: string) => fireEvent.change(screen.getByPlaceholderText("Tìm kiếm"), { target: { value: text } });

describe("AuditEventList", () => {
  it("hides signing in and out by default, behind a switch that shows them when turned off", async () => {
    const { client, calls } = stubApi();
    renderList(client);
    expect(await screen.findByText("Gửi báo cáo")).toBeTruthy();
    expect(screen.getByText("Báo cáo tiến độ: Phòng Kinh tế, Hạ tầng và Đô thị — Tháng 11/2026")).toBeTruthy();
    expect(screen.getByText("Sửa đơn vị")).toBeTruthy();
    expect(screen.queryByText("Đăng nhập")).toBeNull();
    expect(calls.lists.at(-1)).toMatchObject({ excludeSignIns: true });

    const hide = screen.getByRole("switch", { name: "Ẩn đăng nhập, đăng xuất" }) as HTMLInputElement;
    expect(hide.checked).toBe(true);
    fireEvent.click(hide);
    expect(await screen.findByText("Đăng nhập")).toBeTruthy();
    expect(screen.getByText("Phiên đăng nhập: kt.canbo")).toBeTruthy();
    expect(calls.lists.at(-1)).toMatchObject({ excludeSignIns: false });
    // A session has no name to look up: its label comes from the event itself.
    expect(calls.labels).not.toContain("Session");
  });

  it("finds events by their Vietnamese label, by their item and by who did them", async () => {
    const { client } = stubApi();
    renderList(client);
    expect(await screen.findByText("Sửa đơn vị")).toBeTruthy();

    search("báo cáo");
    await waitFor(() => expect(screen.queryByText("Sửa đơn vị")).toBeNull());
    expect(screen.getByText("Gửi báo cáo")).toBeTruthy();

    search("to dan pho");
    expect(await screen.findByText("Sửa đơn vị")).toBeTruthy();
    await waitFor(() => expect(screen.queryByText("Gửi báo cáo")).toBeNull());

    search("Văn Phòng");
    await waitFor(() => expect(screen.queryByText("Gửi báo cáo")).toBeNull());
    expect(screen.getByText("Sửa đơn vị")).toBeTruthy();
  });
});
