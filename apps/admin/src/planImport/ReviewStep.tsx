// Step 2 of a plan import: the draft as an editable react-admin form (left) beside the document's
// numbered lines (right; stacked on narrow screens). Focusing an item shows its source lines. What
// the parser could not read comes first; an indicator or task it missed can be added; confirming
// sends the corrected draft, and a refusal marks the fields to fix and lists them, keeping what was
// typed.
import type { PlanDraftJson } from "@kehoach/domain";
import { Alert, Box, Typography } from "@mui/material";
import { type FocusEvent, memo, type ReactNode, useMemo, useState } from "react";
import {
  Button,
  Form,
  FormDataConsumer,
  ResourceContextProvider,
  SaveButton,
  Toolbar,
  useNotify,
  useRedirect,
  useTranslate,
} from "react-admin";
import type { GraphqlClient } from "../dataProvider/types.ts";
import { IndicatorsSection } from "./DraftIndicatorsSection.tsx";
import { DraftProblems } from "./DraftProblems.tsx";
import { GoalsSection, HeaderSection, LegalBasesSection, ParagraphsSection, SignerSection } from "./DraftSections.tsx";
import { TasksSection } from "./DraftTasksSection.tsx";
import { createEvidenceStore, EvidenceContext, useShowEvidence } from "./evidenceContext.ts";
import { type ExpandedItems, ExpandedItemsContext, itemKeyOf } from "./expandedItems.ts";
import { failureMessage } from "./failureMessage.ts";
import { confirmPlanImport, type ReadDocument, type Refusal } from "./planImportApi.ts";
import { RefusalSummary } from "./RefusalSummary.tsx";
import { draftToConfirm, evidenceAt, fieldErrorsOf, type ReviewedDraft, reviewedDraftOf } from "./reviewedDraft.ts";
import { SourceText } from "./SourceText.tsx";

const WIDE = "@media (min-width: 1280px)";

/** The form field a focused element belongs to (MUI selects focus a div beside their input). */
function fieldNameOf(element: HTMLElement): string | null {
  const own = element.getAttribute("name");
  if (own) return own;
  return element.closest(".MuiFormControl-root")?.querySelector("input[name]")?.getAttribute("name") ?? null;
}

/** Shows the source lines of the draft item whose input gets the focus. */
function EvidenceOnFocus({ children }: { children: ReactNode }) {
  const show = useShowEvidence();
  // The current values, not the draft as read: removing an item renumbers those after it.
  return (
    <FormDataConsumer>
      {({ formData }) => {
        const onFocus = (event: FocusEvent<HTMLElement>) => {
          const name = fieldNameOf(event.target);
          // A field of an item added by hand has no source lines: none are shown.
          if (name) show(evidenceAt(formData, name));
        };
        return <Box onFocusCapture={onFocus}>{children}</Box>;
      }}
    </FormDataConsumer>
  );
}

/** The draft's inputs; memoised, since they are many and the review's own state does not change them. */
const DraftInputs = memo(function DraftInputs({ draft, record }: { draft: PlanDraftJson; record: ReviewedDraft }) {
  return (
    <>
      <DraftProblems draft={draft} />
      <HeaderSection header={record.header} />
      <GoalsSection />
      <LegalBasesSection />
      <ParagraphsSection source="purposes" />
      <ParagraphsSection source="requirements" />
      <IndicatorsSection groups={draft.indicatorGroups} />
      <TasksSection />
      <SignerSection signer={record.signer} />
    </>
  );
});

export interface ReviewStepProps {
  client: GraphqlClient;
  read: ReadDocument;
  fileName: string;
  onRestart: () => void;
}

export function ReviewStep({ client, read, fileName, onRestart }: ReviewStepProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [record] = useState(() => reviewedDraftOf(read.draft));
  const [evidence] = useState(createEvidenceStore);
  // `attempt` remounts the summary on each refusal, which scrolls it into view again.
  const [refusal, setRefusal] = useState<{ refusal: Refusal; draft: ReviewedDraft; attempt: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [opened, setOpened] = useState<Record<string, boolean>>({});
  const expanded = useMemo<ExpandedItems>(
    () => ({
      isOpen: (key, startsOpen) => opened[key] ?? startsOpen,
      setOpen: (key, open) => setOpened((previous) => ({ ...previous, [key]: open })),
    }),
    [opened],
  );

  const confirm = async (values: Record<string, unknown>) => {
    const draft = draftToConfirm(values as ReviewedDraft);
    setFailure(null);
    try {
      const result = await confirmPlanImport(client, draft);
      if (result.kind === "created") {
        notify("app.plan_import.review.created", {
          type: "success",
          messageArgs: {
            title: result.plan.title,
            indicators: result.indicatorCount,
            tasks: result.taskCount,
            legalBases: result.legalBasisCount,
            assignments: result.inferredAssignmentCount,
          },
        });
        redirect("show", "plans", result.plan.id);
        return undefined;
      }
      setRefusal((previous) => ({ refusal: result, draft, attempt: (previous?.attempt ?? 0) + 1 }));
      // Open the items named, so that their messages show under their inputs.
      const named = result.issues.map((issue) => itemKeyOf(issue.path)).filter((key) => key !== null);
      setOpened((previous) => ({ ...previous, ...Object.fromEntries(named.map((key) => [key, true])) }));
      return fieldErrorsOf(result.issues);
    } catch (error) {
      setFailure(failureMessage(error, translate));
      return undefined;
    }
  };

  return (
    <EvidenceContext.Provider value={evidence}>
      <ExpandedItemsContext.Provider value={expanded}>
        {/* The form's iterators need a resource; the draft becomes a plan. */}
        <ResourceContextProvider value="plans">
          <Form record={record} onSubmit={confirm}>
            <Box
              sx={{
                display: "grid",
                gap: 2,
                gridTemplateColumns: "minmax(0, 1fr)",
                [WIDE]: { gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)" },
              }}
            >
              <EvidenceOnFocus>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                  {translate("app.plan_import.review.read_from", { name: fileName, lines: read.lines.length })}
                </Typography>
                <DraftInputs draft={read.draft} record={record} />
                {refusal ? (
                  <RefusalSummary key={refusal.attempt} refusal={refusal.refusal} draft={refusal.draft} />
                ) : null}
                {failure ? (
                  <Alert severity="error" sx={{ mb: 2 }}>
                    {failure}
                  </Alert>
                ) : null}
                <Toolbar sx={{ gap: 2 }}>
                  <SaveButton label="app.plan_import.review.confirm" alwaysEnable />
                  <Button label="app.plan_import.review.another_file" onClick={onRestart} />
                </Toolbar>
              </EvidenceOnFocus>
              <Box sx={{ [WIDE]: { position: "sticky", top: 72, alignSelf: "start" } }}>
                <SourceText lines={read.lines} />
              </Box>
            </Box>
          </Form>
        </ResourceContextProvider>
      </ExpandedItemsContext.Provider>
    </EvidenceContext.Provider>
  );
}
