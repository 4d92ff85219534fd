// The assignment screens over the urql data provider (the API stubbed): the list as the office
// sees it, and confirming an inferred assignment from its page.
import { AssignmentDocument, AssignmentsDocument, ConfirmAssignmentDocument } from "@kehoach/schema";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import type { DocumentNode } from "graphql";
import { Admin, Resource } from "react-admin";
import { MemoryRouter } from "react-router-dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Role, signedInAs } from "../../test/support/signedInAs.ts";
import { createDataProvider, type GraphqlClient } from "../dataProvider/index.ts";
import { createI18nProvider } from "../i18n/index.ts";
import AssignmentList from "./AssignmentList.tsx";
import AssignmentShow from "./AssignmentShow.tsx";

const kt = { id: "VW5pdDprdA==", name: "Phòng Kinh tế, Hạ tầng và Đô thị" };
const vhxh = { id: "VW5pdDp2aHho", name: "Phòng Văn hóa - Xã hội" };
const inferred = {
  id: "QXNzaWdubWVudDox",
  inferred: true,
  inferenceNote: "Mục IV.3: lĩnh vực kinh tế",
  confirmedAt: null,
  updatedAt: "2026-01-07T01:30:00.000Z",
  version: 1,
  plan: { id: "UGxhbjox", title: "Kế hoạch phát triển kinh tế - xã hội năm 2026" },
  indicator: { id: "SW5kaWNhdG9yOjY=", number: 6, code: "6", name: "Thu nhập bình quân đầu người" },
  task: null,
  leadUnit: kt,
  cooperatingUnits: [vhxh],
  leader: { id: "VXNlcjpwY3Q=", displayName: "Trần Văn B", title: "Phó Chủ tịch UBND phường" },
  confirmedBy: null,
};
const confirmed = {
  ...inferred,
  id: "QXNzaWdubWVudDoy",
  inferred: false,
  indicator: null,
  task: { id: "VGFzazox", code: "2.1", title: "Chuyển đổi số" },
  cooperatingUnits: [],
  leader: null,
};

function stubClient(mutation = vi.fn()): GraphqlClient {
  let current = inferred;
  const page = (nodes: unknown[]) => ({
    totalCount: nodes.length,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: nodes.map((node, i) => ({ cursor: String(i), node })),
  });
  return {
    query: (document: DocumentNode) => ({
      toPromise: async () => {
        if (document === AssignmentsDocument) return { data: { assignments: page([current, confirmed]) } };
        if (document === AssignmentDocument) return { data: { node: { __typename: "Assignment", ...current } } };
        throw new Error("unexpected document");
      },
    }),
    mutation: (document: DocumentNode, variables: unknown) => ({
      toPromise: async () => {
        mutation(document, variables);
        if (document !== ConfirmAssignmentDocument) throw new Error("unexpected document");
        current = { ...inferred, inferred: false, version: 2 };
        return {
          data: { confirmAssignment: { __typename: "ConfirmAssignmentPayload", assignment: current } },
        };
      },
    }),
  } as unknown as GraphqlClient;
}

function renderAt(path: string, role: Role, client: GraphqlClient) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Admin
        dataProvider={createDataProvider(client)}
        authProvider={signedInAs(role)}
        i18nProvider={createI18nProvider()}
      >
        <Resource name="assignments" list={AssignmentList} show={AssignmentShow} recordRepresentation="itemLabel" />
      </Admin>
    </MemoryRouter>,
  );
}

describe("assignment screens", () => {
  afterEach(cleanup);

  it("lists each item with its units, leader and whether it is inferred", async () => {
    renderAt("/assignments", "OFFICE", stubClient());
    const row = (await screen.findByText("(6) Thu nhập bình quân đầu người")).closest("tr");
    expect(row).toBeTruthy();
    if (!row) return;
    expect(within(row).getByText(kt.name)).toBeTruthy();
    expect(within(row).getByText(vhxh.name)).toBeTruthy();
    expect(within(row).getByText("Trần Văn B")).toBeTruthy();
    expect(within(row).getByText("Suy luận")).toBeTruthy();
    const other = screen.getByText("2.1 Chuyển đổi số").closest("tr");
    expect(other && within(other).getByText("Đã xác nhận")).toBeTruthy();
    expect(other && within(other).getByText("Chưa giao")).toBeTruthy();
  });

  it("lets the office confirm an inferred assignment at the version it read", async () => {
    const mutation = vi.fn();
    renderAt(`/assignments/${inferred.id}/show`, "OFFICE", stubClient(mutation));
    expect(await screen.findByText(/Mục IV.3: lĩnh vực kinh tế/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /Xác nhận/ }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(within(dialog).getByRole("button", { name: /Xác nhận/ }));
    expect(await screen.findByText("Đã xác nhận")).toBeTruthy();
    expect(mutation).toHaveBeenCalledWith(ConfirmAssignmentDocument, { input: { id: inferred.id, version: 1 } });
    expect(screen.queryByRole("button", { name: /Xác nhận/ })).toBeNull();
  });

  it("offers a leader no confirmation", async () => {
    renderAt(`/assignments/${inferred.id}/show`, "LEADER", stubClient());
    expect(await screen.findByText("Suy luận")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Xác nhận/ })).toBeNull();
  });
});
