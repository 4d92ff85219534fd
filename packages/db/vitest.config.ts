import { packageTestConfig } from "../../vitest.shared.ts";

export default packageTestConfig("db", {}, { databases: true });
