// The draft's tasks as the review form edits them, each opened from its line: kind (key or
// specific), area, title and the task as written. Tasks read from the document can be removed,
// not added: a missed task is added to the plan after it is created.
import { Stack } from "@mui/material";
import { ArrayInput, required, SelectInput, SimpleFormIterator, TextInput } from "react-admin";
import { CollapsibleItem } from "./CollapsibleItem.tsx";
import { Section } from "./DraftSections.tsx";
import { areaChoices, taskKindChoices } from "./draftChoices.ts";

const field = (name: string) => `app.plan_import.field.${name}`;

export function TasksSection() {
  return (
    <Section title="app.plan_import.section.tasks">
      <ArrayInput source="tasks" label={false}>
        <SimpleFormIterator disableAdd disableClear disableReordering getItemLabel={false}>
          <CollapsibleItem<{ code?: string; title?: string }>
            heading={(task) => `${task.code ?? ""}. ${task.title ?? ""}`}
          >
            <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
              <SelectInput source="kind" label={field("task_kind")} choices={taskKindChoices} validate={required()} />
              <SelectInput source="area" label={field("area")} choices={areaChoices} />
            </Stack>
            <TextInput source="title" label={field("task_title")} validate={required()} fullWidth />
            <TextInput source="content" label={field("task_content")} validate={required()} multiline fullWidth />
          </CollapsibleItem>
        </SimpleFormIterator>
      </ArrayInput>
    </Section>
  );
}
