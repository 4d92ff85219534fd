// Monthly measurements of indicators, loaded for every indicator of a request in one statement
// (a DataLoader per request). The evaluation reads them this way rather than through the Prisma
// selection, so that it never collides with the `Indicator.measurements` field's own arguments.
import DataLoader from "dataloader";
import { readableMeasurements } from "../../access/readable.ts";
import type { Context } from "../../context.ts";

export type MonthlyMeasurement = {
  indicatorId: string;
  kind: "ACTUAL" | "ESTIMATE";
  value: { toString(): string } | null;
  achieved: boolean | null;
  eventCount: number | null;
  period: { year: number; number: number };
};

/** The fields of a monthly measurement that the evaluation reads. */
export const monthlyMeasurementSelect = {
  kind: true,
  value: true,
  achieved: true,
  eventCount: true,
  period: { select: { year: true, number: true } },
} as const;

/**
 * Measurements of monthly periods the viewer may read: the ones the evaluation compares with the
 * targets (an anonymous reader's evaluation sees only the figures of published periods).
 */
export const monthlyMeasurementWhere = { period: { kind: "MONTH" } } as const;

const loaders = new WeakMap<Context, DataLoader<string, MonthlyMeasurement[]>>();

export function monthlyMeasurements(ctx: Context): DataLoader<string, MonthlyMeasurement[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (indicatorIds: readonly string[]) => {
      const rows = await ctx.prisma.measurement.findMany({
        where: {
          indicatorId: { in: [...indicatorIds] },
          ...monthlyMeasurementWhere,
          AND: [readableMeasurements(ctx.viewer)],
        },
        select: { indicatorId: true, ...monthlyMeasurementSelect },
      });
      return indicatorIds.map((id) => rows.filter((row) => row.indicatorId === id));
    });
    loaders.set(ctx, loader);
  }
  return loader;
}
