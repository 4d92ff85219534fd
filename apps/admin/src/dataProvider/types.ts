// What each resource of the data provider implements: react-admin's read methods, mapped to
// the typed operations of @kehoach/schema. Writes come with issue 4 (mutations of the API).
import type { Client } from "@urql/core";
import type {
  DataProvider,
  GetListParams,
  GetListResult,
  GetManyParams,
  GetManyReferenceParams,
  GetManyReferenceResult,
  GetManyResult,
  GetOneParams,
  GetOneResult,
  RaRecord,
} from "react-admin";

/** The part of urql's Client the data provider uses (so tests can pass a stub). */
export type GraphqlClient = Pick<Client, "query">;

export interface ResourceHandler<RecordType extends RaRecord = RaRecord> {
  getList(params: GetListParams): Promise<GetListResult<RecordType>>;
  getOne(params: GetOneParams<RecordType>): Promise<GetOneResult<RecordType>>;
  getMany(params: GetManyParams<RecordType>): Promise<GetManyResult<RecordType>>;
  getManyReference(params: GetManyReferenceParams): Promise<GetManyReferenceResult<RecordType>>;
}

export type { DataProvider };
