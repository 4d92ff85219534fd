// react-admin copies every record of a list into its one-record cache and renders a show or edit
// view from that copy before getOne answers. Where a list gives less than getOne (a task without
// its cooperating units, a report without its lines), each record says which of the two it is, and
// a view that needs the whole record waits for it (<WholeRecord>, isWhole). A write's answer is
// whole, so react-admin's merge of it into a cached copy makes that copy whole too.

/** A summary of a record: what a list (or a write that answers with less) gives of it. */
export type Summary<T> = T & { partial: true };
/** A record as getOne and the writes return it. */
export type Whole<T> = T & { partial: false };

export const summary = <T extends object>(record: T): Summary<T> => ({ ...record, partial: true });
export const whole = <T extends object>(record: T): Whole<T> => ({ ...record, partial: false });

/** Whether `record` is whole (the records of a resource whose list gives everything carry no flag). */
export function isWhole<R extends object>(record: R | null | undefined): record is Exclude<R, { partial: true }> {
  return record != null && (record as { partial?: boolean }).partial !== true;
}
