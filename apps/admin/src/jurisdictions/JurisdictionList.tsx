// The wards, communes and special zones below the user's city: code, name, kind, and whether their
// accounts are opened (an administrator exists); search by code or name. On a small screen each
// ward is a card: name, code and kind, and the accounts chip.
import { Box, Chip } from "@mui/material";
import { DataTable, List, Pagination, SearchInput, SimpleList, useTranslate } from "react-admin";
import type { JurisdictionRecord } from "../dataProvider/jurisdictions.ts";
import { EnumField, useEnumLabel } from "../fields/EnumField.tsx";
import { tableSx } from "../layout/tableSx.ts";
import { useSmallScreen } from "../layout/useSmallScreen.ts";

const filters = [<SearchInput key="q" source="q" alwaysOn />];
const Column = DataTable.Col<JurisdictionRecord>;

/** "Đã mở tài khoản (n quản trị)" or "Chưa mở tài khoản". */
function AccountsChip({ ward }: { ward: JurisdictionRecord }) {
  const translate = useTranslate();
  return (
    <Chip
      component="span"
      size="small"
      variant="outlined"
      color={ward.opened ? "success" : "default"}
      label={
        ward.opened
          ? translate("resources.jurisdictions.status.opened", { smart_count: ward.administratorCount ?? 0 })
          : translate("resources.jurisdictions.status.notOpened")
      }
    />
  );
}

function JurisdictionCards() {
  const kindLabel = useEnumLabel("JurisdictionKind");
  return (
    <SimpleList<JurisdictionRecord>
      rowClick={false}
      primaryText={(ward) => ward.name}
      secondaryText={(ward) => (
        <Box
          component="span"
          sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: 1.5, rowGap: 0.5 }}
        >
          <span>
            {ward.code} · {kindLabel(ward.kindValue)}
          </span>
          <AccountsChip ward={ward} />
        </Box>
      )}
    />
  );
}

export default function JurisdictionList() {
  const translate = useTranslate();
  const small = useSmallScreen();
  return (
    <List
      filters={filters}
      sort={{ field: "name", order: "ASC" }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      exporter={false}
      title={translate("resources.jurisdictions.name", { smart_count: 2 })}
    >
      {small ? (
        <JurisdictionCards />
      ) : (
        <DataTable sx={tableSx} rowClick={false} bulkActionButtons={false}>
          <Column source="code" cellSx={() => ({ whiteSpace: "nowrap" })} />
          <Column source="name" cellSx={() => ({ minWidth: 180 })} />
          <Column
            source="kindValue"
            field={(props) => <EnumField {...props} source="kindValue" enumName="JurisdictionKind" />}
          />
          <Column source="opened" render={(ward) => <AccountsChip ward={ward} />} />
        </DataTable>
      )}
    </List>
  );
}
