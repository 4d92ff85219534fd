// The content of a show or edit view, rendered once the record is the whole one from getOne, not
// the list's copy react-admin shows first (see dataProvider/partial.ts): until then a progress bar.
import type { ReactNode } from "react";
import { LinearProgress, useRecordContext } from "react-admin";
import { isWhole } from "../dataProvider/partial.ts";

export function WholeRecord({ children }: { children: ReactNode }) {
  const record = useRecordContext();
  return isWhole(record) ? children : <LinearProgress sx={{ m: 2 }} />;
}
