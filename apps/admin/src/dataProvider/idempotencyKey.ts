// One idempotency key per click (submit, approve, return, finalize): a retry of the same request —
// urql's, or the browser's after a lost answer — carries the same key, and the API answers it with the
// first result instead of a conflict. getRandomValues, not randomUUID: the console may be served over
// plain HTTP on a ward's network, where randomUUID does not exist.
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
