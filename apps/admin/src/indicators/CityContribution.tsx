// The city plan's indicator this ward indicator contributes to and how it adds up (sum, weighted
// average with the ward's weight, every ward achieves it); the office links, changes or unlinks it
// in a dialog. Shown only where the city has a plan of the year the viewer reads.
import {
  CONTRIBUTION_RULE_LABELS,
  CONTRIBUTION_RULES,
  type ContributionRule,
  contributionWeightProblem,
  formatNumber,
  parseVietnameseNumber,
} from "@kehoach/domain";
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { Labeled, useNotify, useRecordContext, useTranslate, useUpdate } from "react-admin";
import type { WholeIndicatorRecord } from "../dataProvider/index.ts";
import { useCanEditPlan } from "../fields/useCanEditPlan.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { indicatorNumber } from "./indicatorNumber.ts";

type Candidate = WholeIndicatorRecord["contributionCandidates"][number];

const label = (c: Candidate) => `${indicatorNumber(c)} ${c.name}`;

export function CityContribution() {
  const indicator = useRecordContext<WholeIndicatorRecord>();
  const translate = useTranslate();
  const locale = useFormatLocale();
  const canEdit = useCanEditPlan();
  const [open, setOpen] = useState(false);
  if (!indicator || (!indicator.contributesTo && indicator.contributionCandidates.length === 0)) return null;
  const target = indicator.contributesTo;
  const weight = indicator.contributionWeight === null ? null : Number(indicator.contributionWeight);
  return (
    <Labeled label="app.contribution.label" fullWidth>
      <Box>
        <Stack direction={{ xs: "column", sm: "row" }} spacing={1} sx={{ alignItems: { sm: "center" } }}>
          <Typography variant="body2" component="span">
            {target && indicator.contributionRule
              ? translate("app.contribution.linked", {
                  indicator: label(target),
                  plan: target.plan.title,
                  rule: CONTRIBUTION_RULE_LABELS[indicator.contributionRule][locale].toLowerCase(),
                }) +
                (weight === null
                  ? ""
                  : translate("app.contribution.with_weight", { weight: formatNumber(weight, locale) }))
              : translate("app.contribution.none")}
          </Typography>
          {canEdit ? (
            <Button size="small" onClick={() => setOpen(true)}>
              {translate(target ? "app.contribution.change" : "app.contribution.link")}
            </Button>
          ) : null}
        </Stack>
        {open ? <ContributionDialog indicator={indicator} onClose={() => setOpen(false)} /> : null}
      </Box>
    </Labeled>
  );
}

function ContributionDialog({ indicator, onClose }: { indicator: WholeIndicatorRecord; onClose: () => void }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  const [targetId, setTargetId] = useState(indicator.contributesTo?.id ?? "");
  const [rule, setRule] = useState<ContributionRule>(indicator.contributionRule ?? "SUM");
  const [weightText, setWeightText] = useState(
    indicator.contributionWeight === null ? "" : formatNumber(Number(indicator.contributionWeight), locale),
  );
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const candidates = indicator.contributionCandidates;

  const save = (contributesToId: string | null) => {
    const weight = rule === "WEIGHTED_AVERAGE" && weightText.trim() ? parseVietnameseNumber(weightText) : null;
    if (contributesToId) {
      // The weight's part of the API's rule, asked before sending (the list holds only the city's
      // indicators of the plan's year, so the rest holds).
      const found =
        rule === "WEIGHTED_AVERAGE" && weightText.trim() && weight === null
          ? { field: "weight", message: translate("app.contribution.weight_not_number") }
          : contributionWeightProblem(rule, weight);
      setProblem(found);
      if (found) return;
    }
    update(
      "indicators",
      {
        id: indicator.id,
        data: { contributesToId, contributionRule: contributesToId ? rule : null, contributionWeight: weight },
        previousData: indicator,
      },
      {
        onSuccess: () => {
          notify("app.contribution.saved", { type: "success" });
          onClose();
        },
        onError: (error) => notify((error as Error).message, { type: "error" }),
      },
    );
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate("app.contribution.dialog_title")}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            select
            label={translate("app.contribution.city_indicator")}
            value={targetId}
            onChange={(e) => setTargetId(e.target.value)}
          >
            {candidates.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {label(c)} — {c.plan.title}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={translate("app.contribution.rule")}
            value={rule}
            onChange={(e) => setRule(e.target.value as ContributionRule)}
          >
            {CONTRIBUTION_RULES.map((r) => (
              <MenuItem key={r} value={r}>
                {CONTRIBUTION_RULE_LABELS[r][locale]}
              </MenuItem>
            ))}
          </TextField>
          {rule === "WEIGHTED_AVERAGE" ? (
            <TextField
              label={translate("app.contribution.weight")}
              helperText={problem?.field === "weight" ? problem.message : translate("app.contribution.weight_hint")}
              error={problem?.field === "weight"}
              value={weightText}
              onChange={(e) => setWeightText(e.target.value)}
              slotProps={{ htmlInput: { inputMode: "decimal" } }}
            />
          ) : null}
          {problem && problem.field !== "weight" ? <Alert severity="error">{problem.message}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        {indicator.contributesTo ? (
          <Button color="warning" disabled={isPending} onClick={() => save(null)}>
            {translate("app.contribution.unlink")}
          </Button>
        ) : null}
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button variant="contained" disabled={isPending || !targetId} onClick={() => save(targetId)}>
          {translate("ra.action.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
