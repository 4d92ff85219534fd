// CSV export of a list as people read it: one column per label (in the console's language),
// values already formatted, never nested objects or IDs; written by csv.ts (UTF-8 with a BOM).
import { type Exporter, type RaRecord, useTranslate } from "react-admin";
import { downloadRows } from "./csv.ts";

/** A column of the CSV: its label's message key and how to write a record's value. */
export type CsvColumn<RecordType> = [labelKey: string, value: (record: RecordType) => string | number];

export function useReadableExporter<RecordType extends RaRecord>(columns: CsvColumn<RecordType>[]): Exporter {
  const translate = useTranslate();
  return (records, _fetchRelated, _dataProvider, resource) => {
    const rows = (records as RecordType[]).map((record) =>
      Object.fromEntries(columns.map(([labelKey, value]) => [translate(labelKey), value(record)])),
    );
    downloadRows(rows, translate(`resources.${resource}.name`, { smart_count: 2 }));
  };
}
