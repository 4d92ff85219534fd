// One voters' recommendation: what the voters ask, where and when it was received, its status and
// age, the plan (and indicator or task) it is about, the unit that answers, the answer and the
// Front's note; the step it waits for, for whom may take it.
import { formatDate, formatDateTime } from "@kehoach/domain";
import { Typography } from "@mui/material";
import { Labeled, Show, SimpleShowLayout, useRecordContext, useTranslate } from "react-admin";
import type { RecommendationRecord } from "../dataProvider/recommendations.ts";
import { indicatorNumber } from "../indicators/indicatorNumber.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { RecommendationActions } from "./RecommendationActions.tsx";
import { RecommendationStatusChip } from "./RecommendationStatusChip.tsx";

const field = (name: string) => `resources.recommendations.fields.${name}`;

function Text({ children }: { children: string }) {
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: "pre-line" }}>
      {children}
    </Typography>
  );
}

function RecommendationDetails() {
  const r = useRecordContext<RecommendationRecord>();
  const translate = useTranslate();
  const locale = useFormatLocale();
  if (!r) return null;
  const about = r.indicator
    ? `${indicatorNumber(r.indicator)} ${r.indicator.name}`
    : r.task
      ? `${r.task.code}. ${r.task.title}`
      : translate("app.recommendation.about_plan");
  return (
    <SimpleShowLayout>
      <Labeled label={field("content")}>
        <Typography component="p" variant="body1" sx={{ whiteSpace: "pre-line" }}>
          {r.content}
        </Typography>
      </Labeled>
      <Labeled label={field("status")}>
        <RecommendationStatusChip status={r.status} />
      </Labeled>
      <Labeled label={field("ageDays")}>
        <Text>{translate("app.recommendation.age", { smart_count: r.ageDays })}</Text>
      </Labeled>
      <Labeled label={field("source")}>
        <Text>{r.source}</Text>
      </Labeled>
      <Labeled label={field("receivedOn")}>
        <Text>{formatDate(r.receivedOn, locale)}</Text>
      </Labeled>
      <Labeled label={field("plan")}>
        <Text>{[r.plan.number, r.plan.title].filter(Boolean).join(" — ")}</Text>
      </Labeled>
      <Labeled label="app.recommendation.about">
        <Text>{about}</Text>
      </Labeled>
      <Labeled label={field("unit")}>
        <Text>{r.unit?.name ?? translate("app.recommendation.not_assigned")}</Text>
      </Labeled>
      {r.answer ? (
        <Labeled label={field("answer")}>
          <Text>{r.answer}</Text>
        </Labeled>
      ) : null}
      {r.answeredAt ? (
        <Labeled label={field("answeredAt")}>
          <Text>{formatDateTime(r.answeredAt, locale)}</Text>
        </Labeled>
      ) : null}
      {r.frontNote ? (
        <Labeled label={field("frontNote")}>
          <Text>{r.frontNote}</Text>
        </Labeled>
      ) : null}
      {r.resolvedAt ? (
        <Labeled label={field("resolvedAt")}>
          <Text>{formatDateTime(r.resolvedAt, locale)}</Text>
        </Labeled>
      ) : null}
      <Labeled label={field("createdAt")}>
        <Text>{formatDateTime(r.createdAt, locale)}</Text>
      </Labeled>
    </SimpleShowLayout>
  );
}

export default function RecommendationShow() {
  return (
    <Show actions={<RecommendationActions />}>
      <RecommendationDetails />
    </Show>
  );
}
