// The API serves the built console: index.html re-read after every build, hashed assets cached for
// a year, both gzipped for a browser that accepts it, with security headers; without a build, a page
// that says what to run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "@kehoach/db";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/server/app.ts";
import { closeServer, listen, portOf } from "../src/server/listen.ts";

async function serve(adminDist: string) {
  // Static files never reach the database.
  const { app, apollo } = await createApp({ db: {} as Database, logger: pino({ level: "silent" }), adminDist });
  const server = await listen(app, 0, "127.0.0.1");
  const url = `http://127.0.0.1:${portOf(server)}`;
  return {
    url,
    close: async () => {
      await closeServer(server);
      await apollo.stop();
    },
  };
}

const bundle = `export const label = "Kế hoạch";\n${"console.log('bảng điều khiển');\n".repeat(2000)}`;

describe("the console's files", () => {
  let dist: string;
  let site: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-dist-"));
    fs.mkdirSync(path.join(dist, "assets"));
    fs.writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>Kế hoạch</title>");
    fs.writeFileSync(path.join(dist, "assets", "index-abc123.js"), bundle);
    site = await serve(dist);
  });
  afterAll(async () => {
    await site?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it("sends a hashed asset gzipped, cached for a year, to a browser that accepts gzip", async () => {
    const res = await fetch(`${site.url}/assets/index-abc123.js`, { headers: { "accept-encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("cache-control")).toContain("immutable");
    // fetch unzips the body as a browser does.
    expect(await res.text()).toBe(bundle);
  });

  it("sends index.html to be checked again on every visit", async () => {
    const res = await fetch(`${site.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(await res.text()).toContain("<title>Kế hoạch</title>");
  });

  it("sends the console with a CSP fit for it and headers against framing, sniffing and referrer leaks", async () => {
    const res = await fetch(`${site.url}/`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("frame-ancestors 'none'");
    // Plain HTTP on the office network stays usable: no upgrade of the console's requests.
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
  });

  it("says how to build the console when it is not built", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-nodist-"));
    const bare = await serve(empty);
    try {
      const res = await fetch(`${bare.url}/`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain("pnpm build");
    } finally {
      await bare.close();
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
