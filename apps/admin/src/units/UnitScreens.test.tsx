// The unit screens over the urql data provider (the API stubbed): who sees "Sửa", and what an
// administrator sees when someone else changed the unit first.
import { UnitDocument, type UnitQuery, UnitsDocument, type UnitsQuery, UpdateUnitDocument } from "@kehoach/schema";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { DocumentNode } from "graphql";
import { Admin, Resource } from "react-admin";
import { MemoryRouter } from "react-router-dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Role, signedInAs } from "../../test/support/signedInAs.ts";
import { answer, stubClient as answering, later, page } from "../../test/support/stubClient.ts";
import { createDataProvider, type GraphqlClient } from "../dataProvider/index.ts";
import { createI18nProvider } from "../i18n/index.ts";
import UnitEdit from "./UnitEdit.tsx";
import UnitList from "./UnitList.tsx";
import UnitShow from "./UnitShow.tsx";

const UNIT_ID = "VW5pdDox";

const unit = {
  id: UNIT_ID,
  code: "kt",
  name: "Phòng Kinh tế, Hạ tầng và Đô thị",
  shortName: "Phòng KT",
  kind: "SPECIALISED_OFFICE",
  archivedAt: null,
  version: 3,
  duties: ["Tham mưu phát triển kinh tế"],
  parent: null,
  leadAssignments: {
    totalCount: 1,
    edges: [
      {
        node: {
          id: "QXNzaWdubWVudDox",
          inferred: true,
          indicator: { id: "SW5kaWNhdG9yOjY=", number: 6, code: "6", name: "Thu nhập bình quân đầu người" },
          task: null,
        },
      },
    ],
  },
  cooperatingAssignments: { totalCount: 0, edges: [] },
  users: null,
};

function stubClient(mutation = vi.fn()): GraphqlClient {
  const page = (nodes: unknown[]) => ({
    totalCount: nodes.length,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: nodes.map((node, i) => ({ cursor: String(i), node })),
  });
  return {
    query: (document: DocumentNode) => ({
      toPromise: async () => {
        if (document === UnitDocument) return { data: { unit } };
        if (document === UnitsDocument) return { data: { units: page([unit]) } };
        throw new Error("unexpected document");
      },
    }),
    mutation: (document: DocumentNode, variables: unknown) => ({
      toPromise: async () => ({ data: mutation(document, variables) }),
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
        <Resource name="units" show={UnitShow} edit={UnitEdit} recordRepresentation="name" />
      </Admin>
    </MemoryRouter>,
  );
}

describe("unit screens", () => {
  afterEach(cleanup);

  it("shows a leader the unit, its duties and assignments, without an Edit button", async () => {
    renderAt(`/units/${UNIT_ID}/show`, "LEADER", stubClient());
    expect(await screen.findByText("Tham mưu phát triển kinh tế")).toBeTruthy();
    expect(screen.getByText("(6) Thu nhập bình quân đầu người")).toBeTruthy();
    expect(screen.getByText("Suy luận")).toBeTruthy();
    expect(screen.getByText("Phòng chuyên môn")).toBeTruthy();
    expect(screen.queryByRole("link", { name: /Sửa/ })).toBeNull();
  });

  it("offers an administrator the Edit button", async () => {
    renderAt(`/units/${UNIT_ID}/show`, "ADMIN", stubClient());
    expect(await screen.findByRole("link", { name: /Sửa/ })).toBeTruthy();
  });

  it("tells an administrator that someone else changed the unit, and sends the version read", async () => {
    const mutation = vi.fn((document: DocumentNode) =>
      document === UpdateUnitDocument
        ? {
            updateUnit: {
              __typename: "ConflictError",
              code: "CONFLICT",
              message: "Đơn vị đã được người khác sửa.",
              currentVersion: 4,
            },
          }
        : null,
    );
    renderAt(`/units/${UNIT_ID}`, "ADMIN", stubClient(mutation));
    const name = await screen.findByDisplayValue("Phòng Kinh tế, Hạ tầng và Đô thị");
    fireEvent.change(name, { target: { value: "Phòng Kinh tế" } });
    fireEvent.click(screen.getByRole("button", { name: /Lưu/ }));
    expect(await screen.findByText(/Người khác vừa sửa mục này/)).toBeTruthy();
    expect(mutation).toHaveBeenCalledWith(
      UpdateUnitDocument,
      expect.objectContaining({ input: expect.objectContaining({ id: UNIT_ID, version: 3, name: "Phòng Kinh tế" }) }),
    );
  });
});

describe("a unit opened from the list", () => {
  afterEach(cleanup);

  it("waits for the unit's assignments instead of showing their headings empty", async () => {
    const { leadAssignments: _lead, cooperatingAssignments: _cooperating, users: _users, ...summary } = unit;
    const listed: NonNullable<UnitsQuery["units"]>["edges"][number]["node"] = {
      ...summary,
      kind: "SPECIALISED_OFFICE",
    };
    const whole = later<UnitQuery>();
    const client = answering(
      answer(UnitsDocument, { units: page([listed]) }),
      answer(UnitDocument, () => whole.promise),
    );
    render(
      <MemoryRouter initialEntries={["/units"]}>
        <Admin
          dataProvider={createDataProvider(client)}
          authProvider={signedInAs("LEADER")}
          i18nProvider={createI18nProvider()}
        >
          <Resource name="units" list={UnitList} show={UnitShow} />
        </Admin>
      </MemoryRouter>,
    );
    fireEvent.click(await screen.findByText("Phòng Kinh tế, Hạ tầng và Đô thị"));
    expect(await screen.findByRole("progressbar")).toBeTruthy();
    expect(screen.queryByText("Chủ trì")).toBeNull();

    whole.resolve({ unit: { ...unit, kind: "SPECIALISED_OFFICE" } });
    expect(await screen.findByText("(6) Thu nhập bình quân đầu người")).toBeTruthy();
    expect(screen.getByText("Chủ trì")).toBeTruthy();
  });
});
