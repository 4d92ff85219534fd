// The task form as office staff use it: the API's answer to a field (a code already taken) is shown
// under that input, the form keeps what was typed, and the version read is sent.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { AdminContext, type DataProvider, HttpError, ResourceContextProvider, TestMemoryRouter } from "react-admin";
import { Route, Routes } from "react-router-dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createI18nProvider } from "../i18n/index.ts";
import TaskEdit from "./TaskEdit.tsx";

const area = { id: "QXJlYTox", code: "ECONOMY", name: "Kinh tế, hạ tầng và đô thị", nameEn: "Economy" };
const task = {
  id: "VGFzazox",
  code: "a.1",
  kind: "SPECIFIC",
  section: "III.2.2.a",
  title: "Phát triển thương mại, dịch vụ",
  content: "Tập trung phát triển thương mại, dịch vụ.",
  status: "IN_PROGRESS",
  deadline: null,
  recurrence: "ONGOING",
  percentDone: "40",
  overdue: false,
  version: 7,
  position: 5,
  area,
  areaId: area.id,
  planId: "UGxhbjox",
  plan: { id: "UGxhbjox" },
  outputs: [],
  assignment: null,
};
const codeTaken = 'Mã nhiệm vụ "a.2" đã có trong kế hoạch; chọn mã khác.';

afterEach(cleanup);

describe("TaskEdit", () => {
  it("shows the API's message under the field it is about and sends the version read", async () => {
    const update = vi.fn(async () => {
      throw new HttpError(codeTaken, 400, { code: "VALIDATION", errors: { code: codeTaken } });
    });
    const dataProvider = {
      getOne: async (resource: string) =>
        resource === "tasks"
          ? { data: task }
          : { data: { id: "UGxhbjox", title: "Kế hoạch 2026", indicatorGroups: [] } },
      getList: async () => ({ data: [task], total: 1 }),
      getMany: async () => ({ data: [] }),
      update,
    } as unknown as DataProvider;
    render(
      <TestMemoryRouter initialEntries={[`/tasks/${task.id}`]}>
        <AdminContext dataProvider={dataProvider} i18nProvider={createI18nProvider()}>
          <ResourceContextProvider value="tasks">
            <Routes>
              <Route path="/tasks/:id" element={<TaskEdit />} />
            </Routes>
          </ResourceContextProvider>
        </AdminContext>
      </TestMemoryRouter>,
    );
    const code = (await screen.findByLabelText(/^Mã/)) as HTMLInputElement;
    expect(code.value).toBe("a.1");
    expect(((await screen.findByLabelText("% hoàn thành")) as HTMLInputElement).value).toBe("40");
    fireEvent.change(code, { target: { value: "a.2" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));

    expect(await screen.findByText(codeTaken)).toBeTruthy();
    expect(update).toHaveBeenCalledTimes(1);
    expect(update).toHaveBeenCalledWith(
      "tasks",
      expect.objectContaining({
        id: task.id,
        data: expect.objectContaining({ code: "a.2", areaId: area.id }),
        previousData: expect.objectContaining({ version: 7 }),
      }),
    );
    expect((screen.getByLabelText(/^Mã/) as HTMLInputElement).value).toBe("a.2");
  });
});
