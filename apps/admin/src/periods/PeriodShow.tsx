// One reporting period: its plan, kind, dates, due date and status, whether its compiled monthly
// report is final; the downloads, the finalize and the open/close buttons.
import { formatDate, formatDateTime } from "@kehoach/domain";
import { Labeled, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from "react-admin";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { FinalizeWardReportButton } from "./FinalizeWardReportButton.tsx";
import { PeriodStatusButton } from "./PeriodStatusButton.tsx";
import { PeriodStatusChip } from "./PeriodStatusChip.tsx";
import { PublishWardReportButton } from "./PublishWardReportButton.tsx";
import { WardReportButtons } from "./WardReportButtons.tsx";

function PeriodDetails() {
  const period = useRecordContext<ReportingPeriodRecord>();
  const translate = useTranslate();
  const locale = useFormatLocale();
  if (!period) return null;
  const field = (name: string) => `resources.reportingPeriods.fields.${name}`;
  return (
    <SimpleShowLayout>
      <Labeled label={field("plan")}>
        <span>{[period.plan.number, period.plan.title].filter(Boolean).join(" — ")}</span>
      </Labeled>
      <Labeled label={field("kind")}>
        <span>{translate(`enums.PeriodKind.${period.kind}`)}</span>
      </Labeled>
      <TextField source="label" />
      <Labeled label="app.period.dates">
        <span>{`${formatDate(period.startsOn, locale)} – ${formatDate(period.endsOn, locale)}`}</span>
      </Labeled>
      <Labeled label={field("cutoffOn")}>
        <span>{formatDate(period.cutoffOn, locale)}</span>
      </Labeled>
      <Labeled label={field("dueOn")}>
        <span>{formatDate(period.dueOn, locale)}</span>
      </Labeled>
      <Labeled label={field("status")}>
        <PeriodStatusChip status={period.status} />
      </Labeled>
      {period.closedAt ? (
        <Labeled label={field("closedAt")}>
          <span>{formatDateTime(period.closedAt, locale)}</span>
        </Labeled>
      ) : null}
      {period.wardReportPublishedAt ? (
        <Labeled label={field("wardReportPublishedAt")}>
          <span>{formatDateTime(period.wardReportPublishedAt, locale)}</span>
        </Labeled>
      ) : null}
      {period.kind === "MONTH" ? (
        <Labeled label={field("wardReportFinalizedAt")}>
          <span>
            {period.wardReportFinalizedAt
              ? formatDateTime(period.wardReportFinalizedAt, locale)
              : translate("app.period.wardReportDraft")}
          </span>
        </Labeled>
      ) : null}
    </SimpleShowLayout>
  );
}

export default function PeriodShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <WardReportButtons />
          <FinalizeWardReportButton />
          <PublishWardReportButton />
          <PeriodStatusButton />
        </TopToolbar>
      }
    >
      <PeriodDetails />
    </Show>
  );
}
