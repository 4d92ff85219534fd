// The `progressReports` resource.
import { HttpError } from "react-admin";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

export function createProgressReportsHandler(_client: GraphqlClient): ResourceHandler {
  const missing = () => Promise.reject(new HttpError("app.error.read_only", 405));
  return { getList: missing, getOne: missing, getMany: missing, getManyReference: missing };
}
