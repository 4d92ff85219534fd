// The users list.
import { List, SimpleList } from "react-admin";

export default function UserList() {
  return (
    <List exporter={false}>
      <SimpleList primaryText={(record) => String(record.name ?? record.id)} />
    </List>
  );
}
