// Creating a user account (administrators), with an initial password.
import { Create } from "react-admin";
import { UserForm } from "./UserForm.tsx";

export default function UserCreate() {
  return (
    <Create redirect="show">
      <UserForm isCreate />
    </Create>
  );
}
