// Editing a task (ADMIN, OFFICE): status, % done, deadline, content, kind, area, outputs.
// Pessimistic, so a field the API refuses is shown under its input and nothing typed is lost.
import { Edit } from "react-admin";
import { WholeRecord } from "../layout/WholeRecord.tsx";
import { TaskForm } from "./TaskForm.tsx";

export default function TaskEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <WholeRecord>
        <TaskForm />
      </WholeRecord>
    </Edit>
  );
}
