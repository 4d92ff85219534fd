// `pnpm release`: one archive, release/kehoach-<version>.tar.gz, that starts with only Node.js on a
// machine with no registry access (issue 15, item 3): the API bundle, the built console, the
// migrations and seed, the WebAssembly engines and the API's production dependencies, laid out as
// the bundle looks for them (packages/db/src/paths.ts finds the root by its pnpm-workspace.yaml;
// the console at apps/admin/dist; the schema engine from packages/db). Unpack, then `node start.mjs`.
//
//   pnpm release              builds (turbo, cached), then packs
//   pnpm release --no-build   packs the build outputs already there (the release test: the test run
//                             has built them, and another test rebuilds apps/api/dist meanwhile)
//   pnpm release --out DIR    writes the archive to DIR instead of release/
//
// The dependencies come from `pnpm deploy --prod` (the lockfile's versions, from the local store
// when it has them), so the archive is for this platform (native @node-rs/argon2, esbuild): build
// it on the operating system and architecture it will run on.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const build = !args.includes("--no-build");
const version = JSON.parse(fs.readFileSync(path.join(root, "apps/api/package.json"), "utf8")).version;
const name = `kehoach-${version}`;
const out = args.indexOf("--out");
if (out !== -1 && !args[out + 1]) throw new Error("--out needs a folder");
const releaseDir = out === -1 ? path.join(root, "release") : path.resolve(args[out + 1]);
const work = path.join(releaseDir, `.staging-${process.pid}`);
const stage = path.join(work, name);
const archive = path.join(releaseDir, `${name}.tar.gz`);
const started = Date.now();

const step = (text) => console.log(`› ${text} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const run = (command, commandArgs, options = {}) =>
  execFileSync(command, commandArgs, { cwd: root, stdio: ["ignore", "inherit", "inherit"], ...options });

/** The bundle's chunks that a copied dist/ imports but does not hold (copied while being rebuilt). */
function missingChunks(dist) {
  const files = new Set(fs.readdirSync(dist));
  const missing = [];
  for (const file of files) {
    if (!file.endsWith(".js")) continue;
    const code = fs.readFileSync(path.join(dist, file), "utf8");
    for (const [, chunk] of code.matchAll(/from\s*["']\.\/([^"']+\.js)["']/g))
      if (!files.has(chunk)) missing.push(chunk);
  }
  return missing;
}

function copyApiBundle(to) {
  const from = path.join(root, "apps/api/dist");
  for (let attempt = 1; ; attempt++) {
    fs.rmSync(to, { recursive: true, force: true });
    try {
      fs.cpSync(from, to, { recursive: true });
      if (fs.existsSync(path.join(to, "main.js")) && !missingChunks(to).length) return;
    } catch (error) {
      if (attempt >= 10) throw error;
    }
    if (attempt >= 10)
      throw new Error(`apps/api/dist is incomplete: build the API (pnpm --filter @kehoach/api run build)`);
    // Being rebuilt by someone else (esbuild takes about a second): copy again shortly.
    execFileSync(process.execPath, ["-e", "setTimeout(() => {}, 1000)"]);
  }
}

/** Every symbolic link in the tree, with the path it points to, resolved. */
function* symlinks(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) yield [full, path.resolve(dir, fs.readlinkSync(full))];
    else if (entry.isDirectory()) yield* symlinks(full);
  }
}

/** A relative link at `link` to `target` (both inside the stage), so that it survives unpacking anywhere. */
function linkInside(link, target) {
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(path.relative(path.dirname(link), target), link);
}

fs.mkdirSync(releaseDir, { recursive: true });
fs.rmSync(work, { recursive: true, force: true });
try {
  if (build) {
    step("Build (Prisma client, console, API)");
    run("pnpm", ["exec", "turbo", "run", "build", "--output-logs=errors-only", "--log-prefix=none"]);
  }
  for (const required of ["apps/admin/dist/index.html", "apps/api/dist/main.js"]) {
    if (!fs.existsSync(path.join(root, required))) throw new Error(`${required} is missing: run pnpm build first`);
  }

  step("Production dependencies of the API (pnpm deploy --prod)");
  const deployed = path.join(work, "deploy");
  run(
    "pnpm",
    [
      "--filter",
      "@kehoach/api",
      "deploy",
      "--prod",
      "--prefer-offline",
      // pnpm 10 deploys from the shared lockfile only with injected workspace packages.
      "--config.inject-workspace-packages=true",
      "--reporter=silent",
      deployed,
    ],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  const apiModules = path.join(stage, "apps/api/node_modules");
  fs.mkdirSync(path.dirname(apiModules), { recursive: true });
  fs.renameSync(path.join(deployed, "node_modules"), apiModules);
  fs.rmSync(deployed, { recursive: true, force: true });
  // The workspace packages are inside the bundle: not their TypeScript sources as well.
  fs.rmSync(path.join(apiModules, "@kehoach"), { recursive: true, force: true });
  for (const entry of fs.readdirSync(path.join(apiModules, ".pnpm"))) {
    if (entry.startsWith("@kehoach+"))
      fs.rmSync(path.join(apiModules, ".pnpm", entry), { recursive: true, force: true });
  }
  // The install's own records name this machine's paths; nothing reads them at run time.
  for (const file of [".modules.yaml", ".pnpm-workspace-state-v1.json"])
    fs.rmSync(path.join(apiModules, file), { force: true });

  step("API bundle, console, migrations and seed");
  copyApiBundle(path.join(stage, "apps/api/dist"));
  // The bundle is ES modules: the nearest package.json says so.
  const manifest = (pkg) =>
    `${JSON.stringify({ name: pkg.name, version: pkg.version, private: true, type: "module" }, null, 2)}\n`;
  const readPkg = (dir) => JSON.parse(fs.readFileSync(path.join(root, dir, "package.json"), "utf8"));
  fs.writeFileSync(path.join(stage, "apps/api/package.json"), manifest(readPkg("apps/api")));
  fs.cpSync(path.join(root, "apps/admin/dist"), path.join(stage, "apps/admin/dist"), { recursive: true });
  fs.mkdirSync(path.join(stage, "prisma"));
  fs.copyFileSync(path.join(root, "prisma/schema.prisma"), path.join(stage, "prisma/schema.prisma"));
  fs.cpSync(path.join(root, "prisma/migrations"), path.join(stage, "prisma/migrations"), { recursive: true });
  fs.cpSync(path.join(root, "prisma/seed"), path.join(stage, "prisma/seed"), { recursive: true });

  // The migration runner loads the schema engine from packages/db (packages/db/src/migrate/engine.ts):
  // link the engines there from the deployed store, as the workspace has them.
  fs.mkdirSync(path.join(stage, "packages/db"), { recursive: true });
  fs.writeFileSync(path.join(stage, "packages/db/package.json"), manifest(readPkg("packages/db")));
  const store = fs.readdirSync(path.join(apiModules, ".pnpm"));
  for (const [pkg, prefix] of [
    ["@prisma/schema-engine-wasm", "@prisma+schema-engine-wasm@"],
    ["prisma", `prisma@${readPkg("packages/db").devDependencies.prisma}`],
  ]) {
    const dir = store.find((entry) => entry.startsWith(prefix));
    if (dir)
      linkInside(
        path.join(stage, "packages/db/node_modules", pkg),
        path.join(apiModules, ".pnpm", dir, "node_modules", pkg),
      );
    else if (pkg === "@prisma/schema-engine-wasm") throw new Error(`${pkg} is not among the deployed dependencies`);
  }

  // The root marker paths.ts looks for, and the start script.
  fs.writeFileSync(
    path.join(stage, "pnpm-workspace.yaml"),
    "# Marks the root of this release for the built API (it finds prisma/ and apps/admin/dist from here).\n# Nothing to install: start with `node start.mjs`.\npackages: []\n",
  );
  fs.writeFileSync(path.join(stage, "start.mjs"), startScript());
  fs.chmodSync(path.join(stage, "start.mjs"), 0o755);

  const outside = [...symlinks(stage)].filter(
    ([, target]) => target !== stage && !target.startsWith(`${stage}${path.sep}`),
  );
  if (outside.length)
    throw new Error(`links reaching outside the release: ${outside.map(([link]) => link).join(", ")}`);
  const dangling = [...symlinks(stage)].filter(([, target]) => !fs.existsSync(target));
  if (dangling.length) throw new Error(`links to nothing: ${dangling.map(([link]) => link).join(", ")}`);

  step(`Archive ${path.relative(root, archive)}`);
  fs.rmSync(archive, { force: true });
  run("tar", ["-czf", archive, "--owner=0", "--group=0", "-C", work, name]);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
const megabytes = (fs.statSync(archive).size / 1024 / 1024).toFixed(1);
console.log(`Đã ghi / wrote ${archive} (${megabytes} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`Start it: tar -xzf ${name}.tar.gz && node ${name}/start.mjs`);

function startScript() {
  return `#!/usr/bin/env node
// Starts Kế hoạch from this unpacked release with only Node.js (>= 20.19): nothing to install.
//   node start.mjs                 the embedded database in ./data (DATA_DIR to put it elsewhere)
//   DATABASE_URL=postgresql://… node start.mjs
//   node start.mjs --cluster --workers 4   several API processes on PostgreSQL
// PORT (default 4000), HOST (default 127.0.0.1; 0.0.0.0 for other machines), DEMO_PASSWORD: see the README.
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));
process.env.PORT ||= "4000";
if (!process.env.DATABASE_URL) process.env.DATA_DIR ||= path.join(root, "data");
// Stack traces point at the TypeScript sources, as with npm start (node --enable-source-maps).
process.setSourceMapsEnabled(true);
const cluster = process.argv[2] === "--cluster";
if (cluster) process.argv.splice(2, 1);
await import(cluster ? "./apps/api/dist/cluster.js" : "./apps/api/dist/main.js");
`;
}
