// The auditEvents list.
import { List, SimpleList } from "react-admin";

export default function AuditEventList() {
  return (
    <List exporter={false}>
      <SimpleList primaryText={(record) => String(record.name ?? record.id)} />
    </List>
  );
}
