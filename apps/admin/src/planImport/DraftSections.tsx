// The review form's sections other than indicators and tasks: the document header, theme and
// general objective, legal bases, purposes and requirements, signer. Inputs write straight into
// the draft's fields (the form's values are the draft).
import { Paper, Stack, Typography } from "@mui/material";
import type { ReactNode } from "react";
import {
  ArrayInput,
  NumberInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from "react-admin";
import { DateTextInput } from "../fields/DateTextInput.tsx";
import { documentKindChoices } from "./draftChoices.ts";
import { ItemStatus } from "./ItemStatus.tsx";
import type { ReviewedDraft } from "./reviewedDraft.ts";

const field = (name: string) => `app.plan_import.field.${name}`;

export function Section({ title, status, children }: { title: string; status?: ReactNode; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" component="section" aria-label={translate(title)} sx={{ p: 2, mb: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1 }}>
        <Typography variant="h6" component="h2">
          {translate(title)}
        </Typography>
        {status}
      </Stack>
      {children}
    </Paper>
  );
}

export function HeaderSection({ header }: { header: ReviewedDraft["header"] }) {
  return (
    <Section title="app.plan_import.section.header" status={<ItemStatus item={header} />}>
      <TextInput source="header.title" label={field("title")} validate={required()} multiline fullWidth />
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <NumberInput source="header.year" label={field("year")} validate={required()} min={2000} max={2100} step={1} />
        <TextInput source="header.number" label={field("number")} />
        <DateTextInput source="header.issuedOn" label={field("issuedOn")} />
      </Stack>
      <TextInput source="header.placeAndDate" label={field("placeAndDate")} fullWidth />
      <TextInput source="header.issuer" label={field("issuer")} validate={required()} fullWidth />
    </Section>
  );
}

export function GoalsSection() {
  return (
    <Section title="app.plan_import.section.goals">
      <TextInput source="theme" label={field("theme")} multiline fullWidth />
      <TextInput source="objective" label={field("objective")} multiline fullWidth minRows={3} />
    </Section>
  );
}

export function LegalBasesSection() {
  return (
    <Section title="app.plan_import.section.legal_bases">
      <ArrayInput source="legalBases" label={false}>
        <SimpleFormIterator disableAdd disableClear disableReordering getItemLabel={false}>
          <ItemStatus />
          <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
            <SelectInput source="kind" label={field("kind")} choices={documentKindChoices} validate={required()} />
            <TextInput source="number" label={field("number")} />
            <DateTextInput source="issuedOn" label={field("issuedOn")} />
          </Stack>
          <TextInput source="issuer" label={field("issuer")} fullWidth />
          <TextInput source="text" label={field("basis_text")} validate={required()} multiline fullWidth />
        </SimpleFormIterator>
      </ArrayInput>
    </Section>
  );
}

/** Purposes or requirements: one paragraph per item. */
export function ParagraphsSection({ source }: { source: "purposes" | "requirements" }) {
  return (
    <Section title={`app.plan_import.section.${source}`}>
      <ArrayInput source={source} label={false}>
        <SimpleFormIterator inline disableClear>
          <TextInput source="" label={field("paragraph")} multiline fullWidth helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
    </Section>
  );
}

export function SignerSection({ signer }: { signer: ReviewedDraft["signer"] }) {
  return (
    <Section title="app.plan_import.section.signer" status={<ItemStatus item={signer} />}>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <TextInput source="signer.title" label={field("signer_title")} fullWidth />
        <TextInput source="signer.name" label={field("signer_name")} fullWidth />
      </Stack>
    </Section>
  );
}
