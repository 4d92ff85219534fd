// The console's react-admin data provider, on urql (no Apollo, no ra-data-graphql): each
// resource maps react-admin's read methods to typed operations of @kehoach/schema, with
// Relay global IDs as record ids. Writes arrive with the API's mutations (issue 4).
import {
  type DataProvider,
  type GetListParams,
  type GetListResult,
  type GetManyParams,
  type GetManyReferenceParams,
  type GetManyReferenceResult,
  type GetManyResult,
  type GetOneParams,
  type GetOneResult,
  HttpError,
  type RaRecord,
} from "react-admin";
import { createIndicatorsHandler } from "./indicators.ts";
import { createPlansHandler } from "./plans.ts";
import { createTasksHandler } from "./tasks.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

export type { IndicatorRecord } from "./indicators.ts";
export type { PlanRecord } from "./plans.ts";
export type { TaskRecord } from "./tasks.ts";
export type { GraphqlClient } from "./types.ts";

export function createDataProvider(client: GraphqlClient): DataProvider {
  const resources: Record<string, ResourceHandler<RaRecord>> = {
    plans: createPlansHandler(client),
    indicators: createIndicatorsHandler(client),
    tasks: createTasksHandler(client),
  };

  const handler = (resource: string): ResourceHandler<RaRecord> => {
    const found = resources[resource];
    if (!found) throw new HttpError(`Unknown resource: ${resource}`, 404);
    return found;
  };
  const readOnly = () => Promise.reject(new HttpError("app.error.read_only", 405));

  // react-admin's methods are generic in the record type; each resource returns its own.
  return {
    getList: <R extends RaRecord>(resource: string, params: GetListParams) =>
      handler(resource).getList(params) as Promise<GetListResult<R>>,
    getOne: <R extends RaRecord>(resource: string, params: GetOneParams<R>) =>
      handler(resource).getOne(params) as Promise<GetOneResult<R>>,
    getMany: <R extends RaRecord>(resource: string, params: GetManyParams<R>) =>
      handler(resource).getMany(params) as Promise<GetManyResult<R>>,
    getManyReference: <R extends RaRecord>(resource: string, params: GetManyReferenceParams) =>
      handler(resource).getManyReference(params) as Promise<GetManyReferenceResult<R>>,
    create: readOnly,
    update: readOnly,
    updateMany: readOnly,
    delete: readOnly,
    deleteMany: readOnly,
  };
}
