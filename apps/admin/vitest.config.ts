import react from "@vitejs/plugin-react";
import { packageTestConfig } from "../../vitest.shared.ts";

export default packageTestConfig("admin", { test: { environment: "jsdom" }, plugins: [react()] });
