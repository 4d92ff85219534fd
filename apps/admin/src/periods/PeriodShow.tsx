// One reporting period: its plan, kind, figures' dates, cut-off and due days and status, whether its
// compiled monthly report is final and published, each value under its label; the downloads, the
// finalize, publish and open/close buttons, with their words on a phone too. On a phone the bar's
// title is the period's label alone, so that the month is not cut off.
import { formatDate, formatDateTime } from "@kehoach/domain";
import { type Theme, useMediaQuery } from "@mui/material";
import {
  FunctionField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from "react-admin";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { FinalizeWardReportButton } from "./FinalizeWardReportButton.tsx";
import { PeriodStatusButton } from "./PeriodStatusButton.tsx";
import { PeriodStatusChip } from "./PeriodStatusChip.tsx";
import { PublishWardReportButton } from "./PublishWardReportButton.tsx";
import { WardReportButtons } from "./WardReportButtons.tsx";

const Field = FunctionField<ReportingPeriodRecord>;
const label = (name: string) => `resources.reportingPeriods.fields.${name}`;

function PeriodTitle() {
  const period = useRecordContext<ReportingPeriodRecord>();
  const translate = useTranslate();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"), { noSsr: true });
  if (!period) return null;
  return (
    <span>
      {phone ? period.label : `${translate("resources.reportingPeriods.name", { smart_count: 1 })} ${period.label}`}
    </span>
  );
}

function PeriodDetails() {
  const period = useRecordContext<ReportingPeriodRecord>();
  const translate = useTranslate();
  const locale = useFormatLocale();
  if (!period) return null;
  const date = (day: string) => formatDate(day, locale);
  const time = (instant: string | null | undefined) => (instant ? formatDateTime(instant, locale) : "");
  // SimpleShowLayout puts each direct child under its label; a row without a value is left out.
  return (
    <SimpleShowLayout>
      <TextField source="label" />
      <Field label={label("plan")} render={(p) => [p.plan.number, p.plan.title].filter(Boolean).join(" — ")} />
      <Field label={label("kind")} render={(p) => translate(`enums.PeriodKind.${p.kind}`)} />
      <Field
        label="app.period.figures"
        render={(p) => translate("app.period.from_to", { from: date(p.startsOn), to: date(p.endsOn) })}
      />
      <Field label={label("cutoffOn")} render={(p) => date(p.cutoffOn)} />
      <Field label={label("dueOn")} render={(p) => date(p.dueOn)} />
      <Field label={label("status")} render={(p) => <PeriodStatusChip status={p.status} />} />
      {period.closedAt ? <Field label={label("closedAt")} render={(p) => time(p.closedAt)} /> : null}
      {period.kind === "MONTH" ? (
        <Field
          label={label("wardReportFinalizedAt")}
          render={(p) =>
            p.wardReportFinalizedAt ? time(p.wardReportFinalizedAt) : translate("app.period.wardReportDraft")
          }
        />
      ) : null}
      {period.wardReportPublishedAt ? (
        <Field label={label("wardReportPublishedAt")} render={(p) => time(p.wardReportPublishedAt)} />
      ) : null}
    </SimpleShowLayout>
  );
}

export default function PeriodShow() {
  return (
    <Show
      title={<PeriodTitle />}
      actions={
        // The buttons wrap onto more lines on a narrow screen rather than widen the page.
        <TopToolbar sx={{ flexWrap: "wrap", whiteSpace: "normal" }}>
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
