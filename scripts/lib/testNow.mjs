// The instant every test starts at unless TEST_NOW says another: a working day of the plan year
// with December's period open. Read by vitest.shared.ts, the browser test and scripts/test.sh.
export const DEFAULT_TEST_NOW = "2026-12-14T09:30:00+07:00";

if (import.meta.url === `file://${process.argv[1]}`) console.log(DEFAULT_TEST_NOW);
