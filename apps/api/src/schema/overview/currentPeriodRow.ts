// The current period among a plan's period rows: the domain's rule (currentPeriodOn) over the days
// the rows store, for the overviews that open on it (a ward's dashboard, each ward of a city).
import { isoDayOf } from "@kehoach/db";
import { currentPeriodOn } from "@kehoach/domain";

interface PeriodRow {
  kind: string;
  status: string;
  startsOn: Date;
  endsOn: Date;
  dueOn: Date;
}

export function currentPeriodRow<P extends PeriodRow>(periods: readonly P[], today: string): P | undefined {
  const days = periods.map((p) => ({
    kind: p.kind,
    status: p.status,
    startsOn: isoDayOf(p.startsOn),
    endsOn: isoDayOf(p.endsOn),
    dueOn: isoDayOf(p.dueOn),
    period: p,
  }));
  return currentPeriodOn(days, today)?.period;
}
