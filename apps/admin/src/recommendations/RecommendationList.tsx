// Voters' recommendations: what they ask (shortened), status, the unit that answers, when received and
// how many days old; filtered by status, unresolved only and unit (the API gives a unit only its own,
// so a unit's people get no unit filter). On a small screen each one is a card.
import { formatDate, RECOMMENDATION_STATUSES, readerRoles } from "@kehoach/domain";
import { Box } from "@mui/material";
import {
  BooleanInput,
  CreateButton,
  DataTable,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  usePermissions,
  useResourceDefinition,
  useTranslate,
} from "react-admin";
import { hasRole, type Permissions } from "../auth/permissions.ts";
import type { RecommendationRecord } from "../dataProvider/recommendations.ts";
import { SelectionFilter } from "../fields/SelectionFilter.tsx";
import { tableSx } from "../layout/tableSx.ts";
import { useSmallScreen } from "../layout/useSmallScreen.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { RecommendationStatusChip } from "./RecommendationStatusChip.tsx";
import { shortened } from "./shortened.ts";

const Column = DataTable.Col<RecommendationRecord>;

const statusChoices = RECOMMENDATION_STATUSES.map((id) => ({ id, name: `enums.RecommendationStatus.${id}` }));

function filtersFor(permissions: Permissions | undefined) {
  // Those who read every recommendation of the ward may narrow to one unit.
  const readsAll = hasRole(permissions, ...readerRoles("Recommendation"));
  return [
    <SelectionFilter key="id" source="id" alwaysOn />,
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
    <BooleanInput key="openOnly" source="openOnly" alwaysOn />,
    ...(readsAll
      ? [
          <ReferenceInput
            key="unitId"
            source="unitId"
            reference="units"
            filter={{ archived: false }}
            sort={{ field: "name", order: "ASC" }}
            perPage={200}
            alwaysOn
          >
            <SelectInput optionText="name" label="resources.recommendations.fields.unitId" />
          </ReferenceInput>,
        ]
      : []),
  ];
}

function ListActions() {
  const { hasCreate } = useResourceDefinition();
  return <TopToolbar>{hasCreate ? <CreateButton label="app.recommendation.record" /> : null}</TopToolbar>;
}

/** "35 ngày": how long it has waited (to its resolution, once resolved). */
function useAge() {
  const translate = useTranslate();
  return (r: RecommendationRecord) => translate("app.recommendation.age", { smart_count: r.ageDays });
}

function RecommendationCards() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const age = useAge();
  return (
    <SimpleList<RecommendationRecord>
      rowClick="show"
      primaryText={(r) => shortened(r.content, 120)}
      secondaryText={(r) => (
        <Box
          component="span"
          sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: 1.5, rowGap: 0.5 }}
        >
          <RecommendationStatusChip status={r.status} />
          <span>{r.unit?.name ?? translate("app.recommendation.not_assigned")}</span>
          <span>
            {formatDate(r.receivedOn, locale)} · {age(r)}
          </span>
        </Box>
      )}
    />
  );
}

export default function RecommendationList() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const small = useSmallScreen();
  const { permissions } = usePermissions<Permissions>();
  const age = useAge();
  return (
    <List
      filters={filtersFor(permissions)}
      actions={<ListActions />}
      sort={{ field: "receivedOn", order: "DESC" }}
      perPage={25}
      exporter={false}
      title={translate("resources.recommendations.name", { smart_count: 2 })}
    >
      {small ? (
        <RecommendationCards />
      ) : (
        <DataTable sx={tableSx} rowClick="show" bulkActionButtons={false} size="small">
          <Column source="content" render={(r) => shortened(r.content, 160)} cellSx={() => ({ minWidth: 320 })} />
          <Column
            source="status"
            render={(r) => <RecommendationStatusChip status={r.status} />}
            cellSx={() => ({ whiteSpace: "nowrap" })}
          />
          <Column
            source="unit.name"
            label="resources.recommendations.fields.unit"
            render={(r) => r.unit?.name ?? translate("app.recommendation.not_assigned")}
            cellSx={() => ({ minWidth: 180 })}
          />
          <Column
            source="receivedOn"
            render={(r) => formatDate(r.receivedOn, locale)}
            cellSx={() => ({ whiteSpace: "nowrap" })}
          />
          <Column source="ageDays" render={age} cellSx={() => ({ whiteSpace: "nowrap" })} />
        </DataTable>
      )}
    </List>
  );
}
