// What each resource of the data provider implements: react-admin's methods, mapped to the typed
// operations of @kehoach/schema. Writes are optional: a resource without them is read-only.
import type { Client } from "@urql/core";
import type {
  CreateParams,
  CreateResult,
  DataProvider,
  DeleteParams,
  DeleteResult,
  GetListParams,
  GetListResult,
  GetManyParams,
  GetManyReferenceParams,
  GetManyReferenceResult,
  GetManyResult,
  GetOneParams,
  GetOneResult,
  RaRecord,
  UpdateManyParams,
  UpdateManyResult,
  UpdateParams,
  UpdateResult,
} from "react-admin";

/** The part of urql's Client the data provider uses (so tests can pass a stub). */
export type GraphqlClient = Pick<Client, "query" | "mutation">;

export interface ResourceHandler<RecordType extends RaRecord = RaRecord> {
  getList(params: GetListParams): Promise<GetListResult<RecordType>>;
  getOne(params: GetOneParams<RecordType>): Promise<GetOneResult<RecordType>>;
  getMany(params: GetManyParams<RecordType>): Promise<GetManyResult<RecordType>>;
  getManyReference(params: GetManyReferenceParams): Promise<GetManyReferenceResult<RecordType>>;
  create?(params: CreateParams): Promise<CreateResult<RecordType>>;
  /** `params.previousData.version` is the version the user read: a stale one is a ConflictError. */
  update?(params: UpdateParams<RecordType>): Promise<UpdateResult<RecordType>>;
  /** Where the API changes many records in one call; otherwise each is updated in turn. */
  updateMany?(params: UpdateManyParams): Promise<UpdateManyResult>;
  /** Archives (the API never deletes plan data). */
  delete?(params: DeleteParams<RecordType>): Promise<DeleteResult<RecordType>>;
}

export type { DataProvider };
