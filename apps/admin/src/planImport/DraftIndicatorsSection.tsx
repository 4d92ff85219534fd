// The draft's indicators as the review form edits them, each opened from its line: number, group,
// area, name, the year it applies from, its targets (comparison and value or range, unit,
// direction, basis, the plan's words) and its sub-indicators with their own targets. Items read
// from the document can be removed; an indicator the parser missed can be added, with the next free
// number (addedItems.ts), and its targets typed in. Sub-indicators are not added here: a missed one
// is added to the plan's indicator afterwards.
import type { IndicatorGroup } from "@kehoach/domain";
import { Stack } from "@mui/material";
import {
  ArrayInput,
  FormDataConsumer,
  NumberInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from "react-admin";
import { AddDraftItemButton } from "./AddDraftItemButton.tsx";
import { newIndicator } from "./addedItems.ts";
import { CollapsibleItem } from "./CollapsibleItem.tsx";
import { Section } from "./DraftSections.tsx";
import { areaChoices, basisChoices, comparatorChoices, directionChoices, targetKindChoices } from "./draftChoices.ts";
import { ItemStatus } from "./ItemStatus.tsx";

const field = (name: string) => `app.plan_import.field.${name}`;
const target = (name: string) => `app.target.${name}`;

function TargetsInput() {
  return (
    <ArrayInput source="targets" label={field("targets")}>
      <SimpleFormIterator inline disableClear disableReordering>
        <ItemStatus />
        <SelectInput
          source="kind"
          label={target("kind")}
          choices={targetKindChoices}
          defaultValue="QUANTITATIVE"
          validate={required()}
        />
        <FormDataConsumer<{ kind?: string; comparator?: string }>>
          {({ scopedFormData }) =>
            scopedFormData?.kind === "QUANTITATIVE" ? (
              <>
                <SelectInput source="comparator" label={target("comparator")} choices={comparatorChoices} />
                {scopedFormData.comparator === "range" ? (
                  <>
                    <NumberInput source="min" label={target("minValue")} sx={{ width: 120 }} />
                    <NumberInput source="max" label={target("maxValue")} sx={{ width: 120 }} />
                  </>
                ) : (
                  <NumberInput source="value" label={target("value")} sx={{ width: 140 }} />
                )}
                <TextInput source="unit" label={target("unit")} sx={{ width: 120 }} />
              </>
            ) : null
          }
        </FormDataConsumer>
        <SelectInput
          source="direction"
          label={target("direction")}
          choices={directionChoices}
          defaultValue="INCREASE"
        />
        <SelectInput source="basis" label={target("basis")} choices={basisChoices} defaultValue="LEVEL" />
        <NumberInput source="year" label={target("year")} step={1} sx={{ width: 120 }} />
        <TextInput source="text" label={target("text")} validate={required()} multiline fullWidth />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

function SubIndicatorsInput() {
  return (
    <ArrayInput source="subIndicators" label={field("sub_indicators")}>
      <SimpleFormIterator disableAdd disableClear disableReordering getItemLabel={false}>
        <ItemStatus />
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
          <TextInput source="code" label={field("sub_code")} validate={required()} sx={{ width: 100 }} />
          <TextInput source="name" label={field("sub_name")} validate={required()} multiline fullWidth />
        </Stack>
        <TargetsInput />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

interface IndicatorItem {
  number?: number | null;
  code?: string;
  name?: string;
}

export function IndicatorsSection({ groups }: { groups: IndicatorGroup[] }) {
  const groupChoices = groups.map((group) => ({ id: group.code, name: `${group.code}) ${group.title}` }));
  return (
    <Section title="app.plan_import.section.indicators">
      <ArrayInput source="indicators" label={false}>
        <SimpleFormIterator
          disableClear
          disableReordering
          getItemLabel={false}
          addButton={<AddDraftItemButton label="app.plan_import.review.add_indicator" newItem={newIndicator} />}
        >
          <CollapsibleItem<IndicatorItem>
            heading={(indicator) => `(${indicator.number ?? indicator.code ?? ""}) ${indicator.name ?? ""}`}
          >
            <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
              <NumberInput source="number" label={field("indicator_number")} step={1} sx={{ width: 110 }} />
              {groupChoices.length > 0 ? (
                <SelectInput source="group" label={field("group")} choices={groupChoices} />
              ) : null}
              <SelectInput source="area" label={field("area")} choices={areaChoices} />
              <NumberInput source="applicableFromYear" label={field("applicableFromYear")} step={1} />
            </Stack>
            <TextInput source="name" label={field("name")} validate={required()} multiline fullWidth />
            <TargetsInput />
            <SubIndicatorsInput />
          </CollapsibleItem>
        </SimpleFormIterator>
      </ArrayInput>
    </Section>
  );
}
