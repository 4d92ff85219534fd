// An audit event's page: what was done to which item, and the changed fields as a table of
// labels and readable values, references by name (the API stubbed).
import { AuditEventDocument, NodeLabelDocument } from "@kehoach/schema";
import { cleanup, render, screen, within } from "@testing-library/react";
import type { DocumentNode } from "graphql";
import { Admin, Resource } from "react-admin";
import { MemoryRouter } from "react-router-dom";
import { afterEach, describe, expect, it } from "vitest";
import { signedInAs } from "../../test/support/signedInAs.ts";
import { globalIdOf } from "../dataProvider/auditEvents.ts";
import { createDataProvider, type GraphqlClient } from "../dataProvider/index.ts";
import { createI18nProvider } from "../i18n/index.ts";
import AuditEventShow from "./AuditEventShow.tsx";

const ASSIGNMENT = "0b5a1c9e-0000-4000-8000-000000000001";
const KT = "0b5a1c9e-0000-4000-8000-00000000000a";
const VHXH = "0b5a1c9e-0000-4000-8000-00000000000b";
const CA = "0b5a1c9e-0000-4000-8000-00000000000c";

const event = {
  __typename: "AuditEvent",
  id: "QXVkaXRFdmVudDox",
  name: "assignment.updated",
  entityType: "Assignment",
  entityId: ASSIGNMENT,
  createdAt: "2026-01-07T01:30:00.000Z",
  actor: { id: "VXNlcjp2cA==", displayName: "Lê Thị Văn Phòng", username: "vanphong" },
  before: JSON.stringify({ leadUnitId: KT, cooperatingUnitIds: [VHXH], inferred: true, version: 1 }),
  after: JSON.stringify({ leadUnitId: KT, cooperatingUnitIds: [CA, VHXH], inferred: false, version: 2 }),
};

const labels: Record<string, unknown> = {
  [globalIdOf("Assignment", ASSIGNMENT)]: {
    __typename: "Assignment",
    indicator: { number: 6, code: "6", name: "Thu nhập bình quân đầu người" },
    task: null,
  },
  [globalIdOf("Unit", VHXH)]: { __typename: "Unit", name: "Phòng Văn hóa - Xã hội" },
  [globalIdOf("Unit", CA)]: { __typename: "Unit", name: "Công an phường" },
};

const client = {
  query: (document: DocumentNode, variables: { id: string }) => ({
    toPromise: async () => {
      if (document === AuditEventDocument) return { data: { node: event } };
      if (document === NodeLabelDocument) {
        const node = labels[variables.id];
        return { data: { node: node ? { id: variables.id, ...node } : null } };
      }
      throw new Error("unexpected document");
    },
  }),
} as unknown as GraphqlClient;

const authProvider = signedInAs("ADMIN");

describe("AuditEventShow", () => {
  afterEach(cleanup);

  it("shows who did what to which item, and the changed fields by name", async () => {
    render(
      <MemoryRouter initialEntries={[`/auditEvents/${event.id}/show`]}>
        <Admin
          dataProvider={createDataProvider(client)}
          authProvider={authProvider}
          i18nProvider={createI18nProvider()}
        >
          <Resource name="auditEvents" show={AuditEventShow} />
        </Admin>
      </MemoryRouter>,
    );
    expect(await screen.findByText("Sửa phân công")).toBeTruthy();
    expect(screen.getByText("Phân công: (6) Thu nhập bình quân đầu người")).toBeTruthy();
    expect(screen.getByText("Lê Thị Văn Phòng")).toBeTruthy();
    expect(screen.getByText("07/01/2026 08:30")).toBeTruthy();

    const cooperating = screen.getByRole("rowheader", { name: "Đơn vị phối hợp" }).closest("tr");
    expect(cooperating && within(cooperating).getByText("Phòng Văn hóa - Xã hội")).toBeTruthy();
    expect(cooperating && within(cooperating).getByText("Công an phường; Phòng Văn hóa - Xã hội")).toBeTruthy();
    const inferred = screen.getByRole("rowheader", { name: "Suy luận, chờ xác nhận" }).closest("tr");
    expect(inferred && within(inferred).getByText("Có")).toBeTruthy();
    expect(inferred && within(inferred).getByText("Không")).toBeTruthy();
    // Unchanged fields and bookkeeping are left out; no ID is ever shown.
    expect(screen.queryByText("Đơn vị chủ trì")).toBeNull();
    expect(screen.queryByText(/0b5a1c9e/)).toBeNull();
  });
});
