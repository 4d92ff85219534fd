// The wards, communes and special zones below the user's city: code, name, kind, and whether their
// accounts are opened (an administrator exists); search by code or name.
import { Chip } from "@mui/material";
import { DataTable, List, SearchInput, useTranslate } from "react-admin";
import type { JurisdictionRecord } from "../dataProvider/jurisdictions.ts";
import { tableSx } from "../layout/tableSx.ts";

const filters = [<SearchInput key="q" source="q" alwaysOn />];
const Column = DataTable.Col<JurisdictionRecord>;

export default function JurisdictionList() {
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      sort={{ field: "name", order: "ASC" }}
      exporter={false}
      title={translate("resources.jurisdictions.name", { smart_count: 2 })}
    >
      <DataTable sx={tableSx} rowClick={false} bulkActionButtons={false}>
        <Column source="code" cellSx={() => ({ whiteSpace: "nowrap" })} />
        <Column source="name" cellSx={() => ({ minWidth: 180 })} />
        <Column source="kindValue" render={(row) => translate(`enums.JurisdictionKind.${row.kindValue}`)} />
        <Column
          source="opened"
          render={(row) => (
            <Chip
              size="small"
              variant="outlined"
              color={row.opened ? "success" : "default"}
              label={
                row.opened
                  ? translate("resources.jurisdictions.status.opened", { smart_count: row.administratorCount ?? 0 })
                  : translate("resources.jurisdictions.status.notOpened")
              }
            />
          )}
        />
      </DataTable>
    </List>
  );
}
