// The password rule, one for the API and the console: long enough to resist guessing, short
// enough to hash cheaply, and a change of password must change it.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Why a new password is refused. */
export type PasswordWeakness = "TOO_SHORT" | "TOO_LONG" | "SAME_AS_CURRENT";

/** What is wrong with `password` as a new password (null: nothing); `current` when it replaces one. */
export function passwordWeakness(password: string, current?: string | null): PasswordWeakness | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "TOO_SHORT";
  if (password.length > PASSWORD_MAX_LENGTH) return "TOO_LONG";
  if (current != null && password === current) return "SAME_AS_CURRENT";
  return null;
}
