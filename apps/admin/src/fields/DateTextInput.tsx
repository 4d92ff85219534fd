// A date typed and shown day first, dd/mm/yyyy, whatever the browser's language. The browser's own
// date field follows its locale (in an English browser 07/01/2026 is 1 July), so the date is typed as
// text, read with @kehoach/domain's parseDate and shown with its formatDate. The form's value stays
// the API's "yyyy-mm-dd"; text that is not yet a date is kept as typed and refused by validation.
import { formatDate, parseDate } from "@kehoach/domain";
import { TextInput, type TextInputProps, useTranslate, type Validator } from "react-admin";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function shown(value: unknown): string {
  if (value == null) return "";
  const text = String(value);
  return ISO_DATE.test(text) ? formatDate(text, "vi") : text;
}

function read(text: string): string | null {
  if (text.trim() === "") return null;
  return parseDate(text) ?? text;
}

const dayFirstDate: Validator = (value) =>
  value == null || value === "" || ISO_DATE.test(String(value)) ? undefined : "app.date.invalid";

export function DateTextInput({ validate, ...props }: TextInputProps) {
  const translate = useTranslate();
  const validators = [dayFirstDate, ...(validate ? [validate].flat() : [])];
  return (
    <TextInput
      placeholder={translate("app.date.placeholder")}
      {...props}
      format={shown}
      parse={read}
      validate={validators}
    />
  );
}
