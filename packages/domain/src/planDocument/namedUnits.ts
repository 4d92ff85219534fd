// What becomes of the units a draft's tasks name (lead and cooperating, as the plan writes them) when
// the draft is confirmed: the ward's unit of that name (findNamedUnit, the domain's rule), a new unit
// the API creates, or nothing for a name of several bodies ("các sở, ngành liên quan"). The review
// shows it beside each name and lists the new units, so that nothing is matched or created unseen;
// confirming (apps/api createPlanFromDraft) creates exactly `unitsToCreate`.
import { findNamedUnit, namesManyBodies } from "./organisationInference.ts";

export interface WardUnit {
  id: string;
  name: string;
}

export type NamedUnit =
  | { kind: "existing"; unit: WardUnit }
  | { kind: "new" }
  /** A name of several bodies: no unit is matched or created for it. */
  | { kind: "several" };

/** What a name designates among the ward's units; null for a blank name. */
export function namedUnitOf(name: string | null | undefined, units: readonly WardUnit[]): NamedUnit | null {
  const trimmed = name?.trim();
  if (!trimmed) return null;
  const unit = findNamedUnit(trimmed, units);
  if (unit) return { kind: "existing", unit };
  return namesManyBodies(trimmed) ? { kind: "several" } : { kind: "new" };
}

/** Whether a task's cooperating units are used: only beside a lead unit (otherwise both are inferred). */
export function hasLeadUnit(lead: string | null | undefined, units: readonly WardUnit[]): boolean {
  const named = namedUnitOf(lead, units);
  return named !== null && named.kind !== "several";
}

export interface TaskUnitNames {
  lead?: string | null;
  cooperating?: (string | null)[] | null;
}

/**
 * The units confirming creates, in the order the API creates them (task by task, lead before
 * cooperating): a name designating a unit created for an earlier task is that unit, not another
 * one ("Sở Y tế" twice gives one unit). A task without a lead unit has its assignment inferred by
 * area, its cooperating names unused.
 */
export function unitsToCreate(tasks: readonly TaskUnitNames[], units: readonly WardUnit[]): string[] {
  const created: WardUnit[] = [];
  const known = () => [...units, ...created];
  const resolve = (name: string | null | undefined) => {
    const named = namedUnitOf(name, known());
    if (named?.kind === "new" && name) created.push({ id: `new:${created.length}`, name: name.trim() });
    return named;
  };
  for (const task of tasks) {
    const lead = resolve(task.lead);
    if (!lead || lead.kind === "several") continue;
    for (const name of task.cooperating ?? []) resolve(name);
  }
  return created.map((unit) => unit.name);
}
