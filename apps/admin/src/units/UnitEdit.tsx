// Editing a unit (administrators); "Ngừng sử dụng" archives it once it leads no assignment.
import { DeleteButton, Edit, SaveButton, Toolbar, useRecordContext, useTranslate } from "react-admin";
import type { UnitRecord } from "../dataProvider/units.ts";
import { WholeRecord } from "../layout/WholeRecord.tsx";
import { UnitForm } from "./UnitForm.tsx";

function UnitToolbar() {
  const unit = useRecordContext<UnitRecord>();
  const translate = useTranslate();
  return (
    <Toolbar sx={{ justifyContent: "space-between" }}>
      <SaveButton />
      {unit && !unit.archived ? (
        <DeleteButton
          label="resources.units.archive"
          mutationMode="pessimistic"
          confirmTitle={translate("resources.units.archive_title", { name: unit.name })}
          confirmContent="resources.units.archive_content"
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
