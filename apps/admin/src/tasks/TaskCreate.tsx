// A new task of a plan (ADMIN, OFFICE).
import { Create } from "react-admin";
import { TaskForm } from "./TaskForm.tsx";

export default function TaskCreate() {
  return (
    <Create redirect="show">
      <TaskForm creating />
    </Create>
  );
}
