// The units list.
import { List, SimpleList } from "react-admin";

export default function UnitList() {
  return (
    <List exporter={false}>
      <SimpleList primaryText={(record) => String(record.name ?? record.id)} />
    </List>
  );
}
