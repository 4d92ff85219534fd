// The console's react-admin data provider, on urql (no Apollo, no ra-data-graphql): each
// resource maps react-admin's methods to typed operations of @kehoach/schema, with Relay global
// IDs as record ids. Resources are registered in resources.ts, each loaded when first asked for.
import {
  type CreateParams,
  type CreateResult,
  type DataProvider,
  type DeleteManyParams,
  type DeleteParams,
  type DeleteResult,
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
  type UpdateManyParams,
  type UpdateParams,
  type UpdateResult,
} from "react-admin";
import { createResourceHandlers } from "./resources.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

export type { IndicatorRecord, WholeIndicatorRecord } from "./indicators.ts";
export type { PlanRecord, WholePlanRecord } from "./plans.ts";
export type { TaskRecord, WholeTaskRecord } from "./tasks.ts";
export type { GraphqlClient } from "./types.ts";

export function createDataProvider(client: GraphqlClient): DataProvider {
  const resources = createResourceHandlers(client);

  const handler = async (resource: string): Promise<ResourceHandler<RaRecord>> => {
    const found = resources(resource);
    if (!found) throw new HttpError(`Unknown resource: ${resource}`, 404);
    return found;
  };
  const write = async <K extends "create" | "update" | "delete">(resource: string, method: K) => {
    const found = await handler(resource);
    const fn = found[method];
    if (!fn) throw new HttpError("app.error.read_only", 405);
    return fn.bind(found) as NonNullable<ResourceHandler<RaRecord>[K]>;
  };

  // react-admin's methods are generic in the record type; each resource returns its own.
  return {
    getList: async <R extends RaRecord>(resource: string, params: GetListParams) =>
      (await handler(resource)).getList(params) as Promise<GetListResult<R>>,
    getOne: async <R extends RaRecord>(resource: string, params: GetOneParams<R>) =>
      (await handler(resource)).getOne(params) as Promise<GetOneResult<R>>,
    getMany: async <R extends RaRecord>(resource: string, params: GetManyParams<R>) =>
      (await handler(resource)).getMany(params) as Promise<GetManyResult<R>>,
    getManyReference: async <R extends RaRecord>(resource: string, params: GetManyReferenceParams) =>
      (await handler(resource)).getManyReference(params) as Promise<GetManyReferenceResult<R>>,
    create: async <R extends RaRecord>(resource: string, params: CreateParams) =>
      (await write(resource, "create"))(params) as Promise<CreateResult<R>>,
    update: async <R extends RaRecord>(resource: string, params: UpdateParams) =>
      (await write(resource, "update"))(params) as Promise<UpdateResult<R>>,
    delete: async <R extends RaRecord>(resource: string, params: DeleteParams<R>) =>
      (await write(resource, "delete"))(params as DeleteParams) as Promise<DeleteResult<R>>,
    // The resource's own (one API call), else one mutation per record, in order: each is its own
    // transaction with its own version check.
    updateMany: async (resource: string, params: UpdateManyParams) => {
      const found = await handler(resource);
      if (found.updateMany) return found.updateMany(params);
      const update = await write(resource, "update");
      const many = await found.getMany({ ids: params.ids });
      for (const previousData of many.data) {
        await update({ id: previousData.id, data: params.data, previousData });
      }
      return { data: params.ids };
    },
    deleteMany: async (resource: string, params: DeleteManyParams) => {
      const found = await handler(resource);
      const remove = await write(resource, "delete");
      const many = await found.getMany({ ids: params.ids });
      for (const previousData of many.data) await remove({ id: previousData.id, previousData });
      return { data: params.ids };
    },
  };
}
