// The changeOwnPassword mutation on the console's client. Typed refusals come back as what to
// show: an error under the field it is about (as a translation key and its arguments), or a
// message for the whole form. Network and GraphQL failures throw (HttpError).
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@kehoach/domain";
import { ChangeOwnPasswordDocument } from "@kehoach/schema";
import { runOperation } from "../dataProvider/query.ts";
import type { GraphqlClient } from "../dataProvider/types.ts";

export interface Message {
  key: string;
  args?: Record<string, unknown>;
}

export type PasswordChange =
  | { kind: "changed"; otherSessionsEnded: number }
  | { kind: "refused"; fields: Record<string, Message>; message: Message | null };

export const PASSWORD_RULE_ARGS = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };

export async function changeOwnPassword(
  client: GraphqlClient,
  input: { currentPassword: string; newPassword: string },
): Promise<PasswordChange> {
  const { changeOwnPassword: result } = await runOperation(client, ChangeOwnPasswordDocument, { input }, "mutation");
  switch (result.__typename) {
    case "ChangeOwnPasswordPayload":
      return { kind: "changed", otherSessionsEnded: result.otherSessionsEnded };
    case "WrongCurrentPassword":
      return { kind: "refused", fields: { currentPassword: { key: "app.account.wrong_current" } }, message: null };
    case "WeakPassword":
      return {
        kind: "refused",
        fields: { newPassword: { key: `app.account.validation.${result.reason}`, args: PASSWORD_RULE_ARGS } },
        message: null,
      };
    case "TooManyAttempts":
      return {
        kind: "refused",
        fields: {},
        message: { key: "app.account.too_many_attempts", args: { minutes: Math.ceil(result.retryAfterSeconds / 60) } },
      };
    case "ValidationError":
      return {
        kind: "refused",
        fields: Object.fromEntries(result.issues.map((issue) => [issue.path.at(-1) ?? "", { key: issue.message }])),
        message: null,
      };
    default:
      return { kind: "refused", fields: {}, message: { key: result.message } };
  }
}
