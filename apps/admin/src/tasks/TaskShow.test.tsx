// A task opened from the Nhiệm vụ list: the list carries less than the task's own page (its lead
// unit only, no cooperating units, leader or update time), and the page must show the whole task.
import {
  PlansDocument,
  type PlansQuery,
  PlanTasksDocument,
  type PlanTasksQuery,
  TaskDocument,
  type TaskQuery,
} from "@kehoach/schema";
import { fireEvent, render, screen } from "@testing-library/react";
import { Admin, Resource } from "react-admin";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { answer, page, stubClient } from "../../test/support/stubClient.ts";
import { createDataProvider, type WholeTaskRecord } from "../dataProvider/index.ts";
import { createI18nProvider } from "../i18n/index.ts";
import TaskList from "./TaskList.tsx";
import TaskShow from "./TaskShow.tsx";

const PLAN_ID = "UGxhbjox";
const area = { id: "QXJlYTox", code: "ECONOMY", name: "Kinh tế, hạ tầng và đô thị", nameEn: "Economy" };
const common = {
  id: "VGFzazox",
  code: "a.1",
  kind: "SPECIFIC",
  section: "III.2.2.a",
  title: "Phát triển thương mại, dịch vụ",
  content: "Tập trung phát triển thương mại, dịch vụ.",
  status: "IN_PROGRESS",
  deadline: null,
  recurrence: "ONGOING",
  version: 7,
  percentDone: "40",
  overdue: false,
  area,
  outputs: [{ id: "T3V0cHV0OjE=", kind: "PLAN", title: "Kế hoạch phát triển thương mại" }],
} satisfies Partial<WholeTaskRecord>;
const plan: PlansQuery["plans"]["edges"][number]["node"] = {
  id: PLAN_ID,
  version: 1,
  year: 2026,
  number: "05/KH-UBND",
  title: "Kế hoạch 2026",
  issuer: "UBND phường Tân Hưng",
  status: "ACTIVE",
  publishedAt: null,
};
const leadUnit = { id: "VW5pdDox", name: "Phòng Kinh tế, Hạ tầng và Đô thị" };

const listed: NonNullable<PlanTasksQuery["plan"]>["tasks"]["edges"][number]["node"] = {
  ...common,
  assignment: { id: "QXNzaWdubWVudDox", leadUnit },
};
const whole: TaskQuery["node"] = {
  __typename: "Task",
  ...common,
  position: 5,
  updatedAt: "2026-12-10T02:15:00.000Z",
  plan: { id: PLAN_ID },
  assignment: {
    id: "QXNzaWdubWVudDox",
    inferred: false,
    inferenceNote: null,
    leadUnit,
    cooperatingUnits: [{ id: "VW5pdDoy", name: "Chi cục Thống kê" }],
    leader: { id: "VXNlcjo5", displayName: "Nguyễn Văn A", title: "Phó Chủ tịch UBND phường" },
  },
};

function client() {
  return stubClient(
    answer(PlansDocument, { plans: page([plan]) }),
    answer(PlanTasksDocument, { plan: { id: PLAN_ID, tasks: page([listed]) } }),
    answer(TaskDocument, { node: whole }),
  );
}

describe("a task opened from the list", () => {
  it("shows the whole task: cooperating units, leader in charge and last update", async () => {
    render(
      <MemoryRouter initialEntries={["/tasks"]}>
        <Admin dataProvider={createDataProvider(client())} i18nProvider={createI18nProvider()}>
          <Resource name="tasks" list={TaskList} show={TaskShow} />
        </Admin>
      </MemoryRouter>,
    );
    fireEvent.click(await screen.findByText("Phát triển thương mại, dịch vụ"));

    expect(await screen.findByText("Chi cục Thống kê")).toBeTruthy();
    expect(screen.getByText(/Nguyễn Văn A \(Phó Chủ tịch UBND phường\)/)).toBeTruthy();
    expect(screen.getByText(/10\/12\/2026 09:15/)).toBeTruthy();
    expect(screen.queryByText(/Cannot read properties/)).toBeNull();
  });
});
