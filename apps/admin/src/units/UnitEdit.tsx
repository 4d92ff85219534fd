// Editing a unit (administrators); "Ngừng sử dụng" archives it once it leads no assignment.
import { Edit, SaveButton, Toolbar, useRecordContext } from "react-admin";
import type { UnitRecord } from "../dataProvider/units.ts";
import { ArchiveButton } from "../fields/ArchiveButton.tsx";
import { WholeRecord } from "../layout/WholeRecord.tsx";
import { UnitForm } from "./UnitForm.tsx";

function UnitToolbar() {
  const unit = useRecordContext<UnitRecord>();
  return (
    <Toolbar sx={{ justifyContent: "space-between" }}>
      <SaveButton />
      {unit && !unit.archived ? (
        <ArchiveButton
          representation={(record) => String(record.name)}
          label="resources.units.archive"
          titleKey="resources.units.archive_title"
          contentKey="resources.units.archive_content"
          doneKey="resources.units.archive_done"
        />
      ) : null}
    </Toolbar>
  );
}

export default function UnitEdit() {
  // Pessimistic: a refused write (stale version, code in use) must not look saved.
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <WholeRecord>
        <UnitForm toolbar={<UnitToolbar />} />
      </WholeRecord>
    </Edit>
  );
}
