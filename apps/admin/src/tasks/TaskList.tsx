// The plan's tasks and solutions: code, title, kind (Trọng tâm / Cụ thể), area, status, % done
// and deadline; filters by status, area, kind and overdue; search; CSV export. On a small screen
// each task is a card: code and title, status, % done and deadline.
import { formatDate, formatPercent } from "@kehoach/domain";
import { Box } from "@mui/material";
import {
  DataTable,
  List,
  NullableBooleanInput,
  Pagination,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  useTranslate,
} from "react-admin";
import type { TaskRecord } from "../dataProvider/index.ts";
import { AreaField } from "../fields/AreaField.tsx";
import { AreaFilterInput } from "../fields/AreaFilterInput.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { LocaleDateField } from "../fields/LocaleDateField.tsx";
import { ProgressBar } from "../fields/ProgressBar.tsx";
import { SelectionFilter } from "../fields/SelectionFilter.tsx";
import { tableSx } from "../layout/tableSx.ts";
import { useSmallScreen } from "../layout/useSmallScreen.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { taskKindChoices, taskStatusChoices } from "./choices.ts";
import { exportTasks } from "./taskExporter.ts";

const filters = [
  <SelectionFilter key="id" source="id" alwaysOn />,
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={taskKindChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={taskStatusChoices} alwaysOn />,
  <AreaFilterInput key="areaCode" source="areaCode" label="app.filter.area" />,
  <NullableBooleanInput key="overdue" source="overdue" label="app.filter.overdue" />,
  <ReferenceInput key="planId" source="planId" reference="plans">
    <SelectInput label="app.filter.plan" optionText="title" />
  </ReferenceInput>,
];

const Column = DataTable.Col<TaskRecord>;

function TaskCards() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const field = (name: string) => translate(`resources.tasks.fields.${name}`);
  return (
    <SimpleList<TaskRecord>
      rowClick="show"
      primaryText={(task) => `${task.code} ${task.title}`}
      secondaryText={(task) => (
        <Box
          component="span"
          sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: 1.5, rowGap: 0.5 }}
        >
          <EnumField record={task} source="status" enumName="TaskStatus" chip />
          {task.percentDone != null ? (
            <span>
              {field("percentDone")}: {formatPercent(task.percentDone, locale, { maximumFractionDigits: 1 })}
            </span>
          ) : null}
          {task.deadline ? (
            <Box component="span" sx={{ color: task.overdue ? "error.main" : undefined }}>
              {field("deadline")}: {formatDate(task.deadline, locale)}
            </Box>
          ) : null}
        </Box>
      )}
    />
  );
}

export default function TaskList() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const small = useSmallScreen();
  return (
    <List
      filters={filters}
      sort={{ field: "position", order: "ASC" }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      exporter={(tasks: TaskRecord[]) => exportTasks(tasks, translate, locale)}
      title={translate("resources.tasks.name", { smart_count: 2 })}
    >
      {small ? (
        <TaskCards />
      ) : (
        <DataTable sx={tableSx} rowClick="show" bulkActionButtons={false} size="small">
          <Column source="code" cellSx={() => ({ whiteSpace: "nowrap" })} />
          <Column source="title" cellSx={() => ({ minWidth: 320 })} />
          <Column
            source="kind"
            field={(props) => <EnumField {...props} source="kind" enumName="TaskKind" chip />}
            cellSx={() => ({ whiteSpace: "nowrap" })}
          />
          <Column
            source="area.name"
            label="resources.tasks.fields.area"
            field={AreaField}
            cellSx={() => ({ minWidth: 140 })}
          />
          <Column
            source="status"
            field={(props) => <EnumField {...props} source="status" enumName="TaskStatus" chip />}
            cellSx={() => ({ whiteSpace: "nowrap" })}
          />
          <Column
            source="percentDone"
            render={(task) => (
              <ProgressBar
                percent={task.percentDone == null ? null : Number(task.percentDone)}
                label={translate("resources.tasks.fields.percentDone")}
              />
            )}
          />
          <Column
            source="deadline"
            field={LocaleDateField}
            cellSx={(task) => ({ whiteSpace: "nowrap", color: task.overdue ? "error.main" : undefined })}
          />
        </DataTable>
      )}
    </List>
  );
}
