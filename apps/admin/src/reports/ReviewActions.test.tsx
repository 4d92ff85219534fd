// "Mở lại báo cáo" on an approved report, over the urql data provider (the API stubbed): only the
// office sees it, only in an open period; it asks for the reason, refuses an empty one, and sends
// reopenReport with the reason and the version read.
import { ReopenReportDocument, type ReopenReportMutationVariables, type ReportFieldsFragment } from "@kehoach/schema";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { AdminContext } from "react-admin";
import { describe, expect, it } from "vitest";
import { type Role, signedInAs } from "../../test/support/signedInAs.ts";
import { answer, stubClient } from "../../test/support/stubClient.ts";
import { createDataProvider } from "../dataProvider/index.ts";
import type { WholeReportRecord } from "../dataProvider/progressReports.ts";
import { createI18nProvider } from "../i18n/index.ts";
import { ReviewActions } from "./ReviewActions.tsx";

const approved: ReportFieldsFragment = {
  id: "UHJvZ3Jlc3NSZXBvcnQ6MQ==",
  status: "APPROVED",
  version: 6,
  summary: "Tháng 6: tiếp tục giải ngân vốn đầu tư công.",
  returnReason: null,
  createdAt: "2026-06-20T01:00:00.000Z",
  updatedAt: "2026-06-25T08:45:00.000Z",
  submittedAt: "2026-06-24T03:00:00.000Z",
  reviewedAt: "2026-06-25T08:45:00.000Z",
  period: {
    id: "UmVwb3J0aW5nUGVyaW9kOjY=",
    label: "Tháng 06/2026",
    kind: "MONTH",
    year: 2026,
    number: 6,
    startsOn: "2026-06-01",
    endsOn: "2026-06-30",
    dueOn: "2026-06-25",
    status: "OPEN",
  },
  unit: { id: "VW5pdDox", code: "kt", name: "Phòng Kinh tế, Hạ tầng và Đô thị" },
  plan: { id: "UGxhbjox", title: "Kế hoạch 2026" },
  submittedBy: null,
  reviewedBy: null,
  taskLines: [],
  indicatorLines: [],
  comments: [],
  history: [],
};

const record = (report: ReportFieldsFragment): WholeReportRecord => ({ ...report, partial: false });

function renderActions(role: Role, report: ReportFieldsFragment) {
  const sent: ReopenReportMutationVariables[] = [];
  const client = stubClient(
    answer(ReopenReportDocument, (variables) => {
      sent.push(variables);
      return {
        reopenReport: {
          __typename: "ReopenReportPayload" as const,
          report: {
            ...report,
            status: "RETURNED" as const,
            version: report.version + 1,
            returnReason: variables.input.reason,
          },
        },
      };
    }),
  );
  render(
    <AdminContext
      dataProvider={createDataProvider(client)}
      authProvider={signedInAs(role, { userId: "VXNlcjoy", username: "vanphong" })}
      i18nProvider={createI18nProvider()}
    >
      <ReviewActions report={record(report)} />
    </AdminContext>,
  );
  return sent;
}

describe("reopening an approved report", () => {
  it("asks the office for a reason, refuses an empty one and sends the reason with the version read", async () => {
    const sent = renderActions("OFFICE", approved);
    fireEvent.click(await screen.findByRole("button", { name: "Mở lại báo cáo" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Mở lại báo cáo đã duyệt của Phòng Kinh tế, Hạ tầng và Đô thị")).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Mở lại báo cáo" }));
    expect(await within(dialog).findByText("Hãy nhập lý do mở lại (ít nhất 5 ký tự).")).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.change(within(dialog).getByRole("textbox"), { target: { value: "  Chưa gồm vốn bổ sung.  " } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Mở lại báo cáo" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(sent).toEqual([{ input: { reportId: approved.id, version: 6, reason: "Chưa gồm vốn bổ sung." } }]);
  });

  it("is not offered to a leader, nor in a closed period", async () => {
    renderActions("LEADER", approved);
    renderActions("OFFICE", { ...approved, period: { ...approved.period, status: "CLOSED" } });
    // The office in the open period: once its button shows, permissions have loaded for all three.
    renderActions("OFFICE", approved);
    expect(await screen.findAllByRole("button", { name: "Mở lại báo cáo" })).toHaveLength(1);
    expect(screen.queryByRole("button", { name: "Duyệt" })).toBeNull();
  });
});
