// The draft's tasks as the review form edits them, each opened from its line: kind (key or
// specific), area, title, the task as written, its lead unit, cooperating units and deadline as the
// plan names them. Beside each unit's name: the ward's unit it designates, or "Đơn vị mới" when the
// ward has none (confirming creates it); the section opens with the list of units to be created.
// Tasks read from the document can be removed, and a task the parser missed added (addedItems.ts).

import { hasLeadUnit, namedUnitOf, type TaskUnitNames, unitsToCreate } from "@kehoach/domain";
import { Alert, Chip, Stack, Typography } from "@mui/material";
import { useMemo } from "react";
import {
  ArrayInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useSourceContext,
  useTranslate,
} from "react-admin";
import { useWatch } from "react-hook-form";
import { AddDraftItemButton } from "./AddDraftItemButton.tsx";
import { newTask } from "./addedItems.ts";
import { CollapsibleItem } from "./CollapsibleItem.tsx";
import { Section } from "./DraftSections.tsx";
import { areaChoices, taskKindChoices } from "./draftChoices.ts";
import { useFetchWardUnits, useWardUnits, WardUnitsContext } from "./wardUnits.ts";

const field = (name: string) => `app.plan_import.field.${name}`;
const review = (name: string) => `app.plan_import.review.${name}`;

/** The units confirming will create, or why that is not known. */
function NewUnitsSummary() {
  const translate = useTranslate();
  const { units, failed } = useWardUnits();
  const tasks = useWatch({ name: "tasks" }) as TaskUnitNames[] | undefined;
  // Names matched again only when a name changes, not on each keystroke in a task's other fields.
  const names = JSON.stringify((tasks ?? []).map((task) => [task?.lead ?? null, task?.cooperating ?? []]));
  const created = useMemo(() => {
    if (!units) return [];
    const parsed = JSON.parse(names) as [string | null, (string | null)[]][];
    return unitsToCreate(
      parsed.map(([lead, cooperating]) => ({ lead, cooperating })),
      units,
    );
  }, [names, units]);
  if (failed) {
    return (
      <Alert severity="warning" sx={{ mb: 2 }}>
        {translate(review("units_failed"))}
      </Alert>
    );
  }
  if (created.length === 0) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {translate(review("new_units"), { names: created.join(", ") })}
    </Alert>
  );
}

/** A unit's name as the plan writes it, with the ward's unit it designates or a "new unit" chip. */
function UnitNameInput({
  source,
  label,
  used = true,
  validate,
}: {
  source: string;
  label: string;
  /** False when the name is not used (cooperating units without a lead unit): no status is shown. */
  used?: boolean;
  validate?: ReturnType<typeof required>;
}) {
  const translate = useTranslate();
  const { units } = useWardUnits();
  const name = useWatch({ name: useSourceContext().getSource(source) }) as string | null | undefined;
  const named = units && used ? namedUnitOf(name, units) : null;
  const helperText =
    named?.kind === "existing"
      ? translate(review("existing_unit"), { name: named.unit.name })
      : named?.kind === "new"
        ? translate(review("new_unit_hint"))
        : named?.kind === "several"
          ? translate(review("several_units"))
          : false;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: "center", width: "100%" }}>
      <TextInput source={source} label={label} helperText={helperText} validate={validate} fullWidth />
      {named?.kind === "new" ? <Chip size="small" color="info" label={translate(review("new_unit"))} /> : null}
    </Stack>
  );
}

/** The cooperating units named; used only beside a lead unit (otherwise both are inferred by area). */
function CooperatingInput() {
  const translate = useTranslate();
  const { units } = useWardUnits();
  const { getSource } = useSourceContext();
  const lead = useWatch({ name: getSource("lead") }) as string | null | undefined;
  const cooperating = useWatch({ name: getSource("cooperating") }) as unknown[] | undefined;
  const used = !units || hasLeadUnit(lead, units);
  return (
    <>
      <ArrayInput source="cooperating" label={field("cooperating")}>
        <SimpleFormIterator
          inline
          disableClear
          disableReordering
          addButton={<AddDraftItemButton label={review("add_cooperating")} newItem={() => ""} />}
        >
          <UnitNameInput source="" label={field("cooperating_unit")} used={used} validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
      {!used && cooperating?.length ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(review("cooperating_unused"))}
        </Typography>
      ) : null}
    </>
  );
}

export function TasksSection() {
  const wardUnits = useFetchWardUnits();
  return (
    <WardUnitsContext.Provider value={wardUnits}>
      <Section title="app.plan_import.section.tasks">
        <NewUnitsSummary />
        <ArrayInput source="tasks" label={false}>
          <SimpleFormIterator
            disableClear
            disableReordering
            getItemLabel={false}
            addButton={<AddDraftItemButton label={review("add_task")} newItem={newTask} />}
          >
            <CollapsibleItem<{ code?: string; title?: string }>
              heading={(task) => `${task.code ?? ""}. ${task.title ?? ""}`}
            >
              <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
                <SelectInput source="kind" label={field("task_kind")} choices={taskKindChoices} validate={required()} />
                <SelectInput source="area" label={field("area")} choices={areaChoices} />
              </Stack>
              <TextInput source="title" label={field("task_title")} validate={required()} fullWidth />
              <TextInput source="content" label={field("task_content")} validate={required()} multiline fullWidth />
              <UnitNameInput source="lead" label={field("lead")} />
              <CooperatingInput />
              <TextInput source="deadline" label={field("deadline")} helperText={review("deadline_hint")} fullWidth />
            </CollapsibleItem>
          </SimpleFormIterator>
        </ArrayInput>
      </Section>
    </WardUnitsContext.Provider>
  );
}
