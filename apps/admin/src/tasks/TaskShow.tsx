// One task or solution: its text in the plan, kind, area, latest progress, deadline, assignment
// and outputs with their evidence files; edit and archive for the office.
import { ArrayField, DataTable, Show, SimpleShowLayout, TextField } from "react-admin";
import { EvidenceFiles, ownerId } from "../attachments/EvidenceFiles.tsx";
import { AreaField } from "../fields/AreaField.tsx";
import { AssignmentField } from "../fields/AssignmentField.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { LocaleDateField } from "../fields/LocaleDateField.tsx";
import { tableSx } from "../layout/tableSx.ts";
import { WholeRecord } from "../layout/WholeRecord.tsx";
import { TaskProgress } from "./TaskProgress.tsx";
import { TaskShowActions } from "./TaskShowActions.tsx";

export default function TaskShow() {
  return (
    <Show actions={<TaskShowActions />}>
      <WholeRecord>
        <SimpleShowLayout>
          <TextField source="code" />
          <TextField source="title" variant="h6" />
          <EnumField source="kind" enumName="TaskKind" />
          <TextField source="section" />
          <AreaField source="area" label="resources.tasks.fields.area" />
          <TaskProgress />
          <LocaleDateField source="deadline" />
          <EnumField source="recurrence" enumName="TaskRecurrence" />
          <AssignmentField />
          <TextField source="content" sx={{ whiteSpace: "pre-line" }} />
          <ArrayField source="outputs">
            <DataTable sx={tableSx} bulkActionButtons={false} size="small" rowClick={false}>
              <DataTable.Col
                source="kind"
                label="app.output.kind"
                field={(props) => <EnumField {...props} source="kind" enumName="OutputKind" />}
              />
              <DataTable.Col source="title" label="app.output.title" />
              <DataTable.Col
                label="app.attachments.title"
                render={(output) => <EvidenceFiles owner={ownerId("TaskOutput", String(output.id))} />}
              />
            </DataTable>
          </ArrayField>
        </SimpleShowLayout>
      </WholeRecord>
    </Show>
  );
}
