// The `jurisdictions` resource: the wards, communes and special zones below the user's city (a
// city has about a hundred: searched, sorted and paged here), and adding one with its first
// administrator (createJurisdiction). Only a city's administrator is offered it (auth/permissions.ts).
import {
  CreateJurisdictionDocument,
  type JurisdictionKind,
  type JurisdictionRowFieldsFragment,
  WardsBelowDocument,
} from "@kehoach/schema";
import { HttpError, type Identifier } from "react-admin";
import { listLocally, readMethods } from "./connection.ts";
import { runMutation } from "./mutation.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

/** A ward as the list shows it; `opened` when it has an administrator. */
export type JurisdictionRecord = JurisdictionRowFieldsFragment & { opened: boolean };

/** A ward just added, with the username of its first administrator (for the notice of how to sign in). */
export type CreatedJurisdiction = JurisdictionRecord & { administratorUsername: string };

/** What the create form sends (inputs named like the API's input fields). */
export interface JurisdictionFormData {
  code?: string;
  name?: string;
  kind?: JurisdictionKind;
  administrator?: {
    username?: string;
    displayName?: string;
    email?: string | null;
    phone?: string | null;
    password?: string;
  };
}

const recordOf = (row: JurisdictionRowFieldsFragment): JurisdictionRecord => ({
  ...row,
  opened: (row.administratorCount ?? 0) > 0,
});

export function createJurisdictionsHandler(client: GraphqlClient): ResourceHandler<JurisdictionRecord> {
  const all = async () =>
    ((await runQuery(client, WardsBelowDocument, {})).me?.jurisdiction.children ?? []).map(recordOf);
  const getOne = async (id: Identifier) => {
    const found = (await all()).find((row) => row.id === id);
    if (!found) throw notFound("jurisdictions", id);
    return found;
  };
  return {
    ...readMethods(
      async (params) => listLocally(await all(), params, { searchText: (row) => `${row.code} ${row.name}` }),
      getOne,
    ),
    async create(params) {
      const data = params.data as JurisdictionFormData;
      const admin = data.administrator ?? {};
      const result = await runMutation(
        client,
        CreateJurisdictionDocument,
        {
          input: {
            code: data.code?.trim() ?? "",
            name: data.name?.trim() ?? "",
            kind: data.kind ?? "WARD",
            administrator: {
              username: admin.username?.trim() ?? "",
              displayName: admin.displayName?.trim() ?? "",
              email: admin.email || null,
              phone: admin.phone || null,
              password: admin.password ?? "",
            },
          },
        },
        (result) => result.createJurisdiction,
      );
      if (result.__typename !== "CreateJurisdictionPayload") throw new HttpError("ra.notification.http_error", 502);
      const created: CreatedJurisdiction = {
        ...recordOf(result.jurisdiction),
        administratorUsername: result.administrator.username,
      };
      return { data: created };
    },
  };
}
