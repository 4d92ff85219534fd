// One audit event: when, who, what, which item, and a table of the fields it changed (label,
// value before, value after), values as people read them.
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { FunctionField, Labeled, Show, SimpleShowLayout, useRecordContext, useTranslate } from "react-admin";
import type { AuditEventRecord, WholeAuditEventRecord } from "../dataProvider/auditEvents.ts";
import { DateTimeField } from "../fields/DateTimeField.tsx";
import { WholeRecord } from "../layout/WholeRecord.tsx";
import { useFormatLocale } from "../useFormatLocale.ts";
import { changeFieldLabel, eventLabel, formatChangeValue } from "./formatChange.ts";

export function ChangesTable() {
  const event = useRecordContext<WholeAuditEventRecord>();
  const translate = useTranslate();
  const locale = useFormatLocale();
  const changes = event?.changes ?? [];
  if (changes.length === 0) {
    return <Typography variant="body2">{translate("resources.auditEvents.no_changes")}</Typography>;
  }
  return (
    <Table size="small" sx={{ maxWidth: 960 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate("resources.auditEvents.change.field")}</TableCell>
          <TableCell>{translate("resources.auditEvents.change.before")}</TableCell>
          <TableCell>{translate("resources.auditEvents.change.after")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map((change) => (
          <TableRow key={change.field} sx={{ verticalAlign: "top" }}>
            <TableCell component="th" scope="row">
              {changeFieldLabel(change.field, translate)}
            </TableCell>
            <TableCell>{formatChangeValue(change.before, translate, locale)}</TableCell>
            <TableCell>{formatChangeValue(change.after, translate, locale)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export default function AuditEventShow() {
  const translate = useTranslate();
  return (
    <Show>
      <WholeRecord>
        <SimpleShowLayout>
          <DateTimeField source="createdAt" />
          <FunctionField<AuditEventRecord>
            source="actor"
            render={(event) => event.actorName ?? translate("resources.auditEvents.system")}
          />
          <FunctionField<AuditEventRecord> source="name" render={(event) => eventLabel(event.name, translate)} />
          <FunctionField<AuditEventRecord>
            source="entityLabel"
            render={(event) =>
              [
                translate(`resources.auditEvents.entities.${event.entityType}`, { _: event.entityType }),
                event.entityLabel,
              ]
                .filter(Boolean)
                .join(": ")
            }
          />
          <Labeled label="resources.auditEvents.fields.changes" fullWidth>
            <ChangesTable />
          </Labeled>
        </SimpleShowLayout>
      </WholeRecord>
    </Show>
  );
}
