// `pnpm --filter @kehoach/api build`: the production build, run by plain `node` (npm start,
// start:cluster) without compiling TypeScript at every start. One esbuild bundle per entry point
// in dist/, with the workspace packages (@kehoach/*, TypeScript sources) inside; every other
// package stays an import that Node resolves from apps/api/node_modules at run time.
import fs from "node:fs";
import { isBuiltin } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

const apiDir = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.join(apiDir, "dist");
const probe = Symbol("resolving from apps/api");

/** "@scope/name/sub/path" → "@scope/name", "name/sub" → "name". */
const packageName = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

/**
 * Third-party packages stay imports. The bundle runs from apps/api/dist, so each must resolve from
 * apps/api: a package that only a workspace package declares resolves at build time, from that
 * package's folder, but not at run time — the build stops and names it instead.
 */
const thirdPartyExternal: esbuild.Plugin = {
  name: "third-party-external",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === probe || args.path.startsWith("@kehoach/")) return undefined;
      if (isBuiltin(args.path)) return { external: true };
      const fromApi = await build.resolve(args.path, { kind: args.kind, resolveDir: apiDir, pluginData: probe });
      if (fromApi.errors.length) {
        return {
          errors: [
            {
              text: `${packageName(args.path)} (imported by ${path.relative(apiDir, args.importer)}) is not a dependency of apps/api: add it to apps/api/package.json, at the version its package declares`,
            },
          ],
        };
      }
      return { path: args.path, external: true };
    });
  },
};

fs.rmSync(outdir, { recursive: true, force: true });
const result = await esbuild
  .build({
    entryPoints: { main: path.join(apiDir, "src/main.ts"), cluster: path.join(apiDir, "src/cluster.ts") },
    outdir,
    bundle: true,
    // Code both entry points use (the database, bootstrap) goes to a shared chunk, in dist/ itself:
    // bundled code that reads import.meta.url finds its files from there.
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    plugins: [thirdPartyExternal],
    metafile: true,
    logLevel: "warning",
  })
  // esbuild has printed the errors.
  .catch(() => process.exit(1));
// Read beside the code that uses it (new URL("./unoBridge.py", import.meta.url)), so beside the bundle too.
fs.copyFileSync(path.join(apiDir, "src/wardReport/unoBridge.py"), path.join(outdir, "unoBridge.py"));

const bytes = Object.entries(result.metafile.outputs)
  .filter(([file]) => file.endsWith(".js"))
  .reduce((sum, [, output]) => sum + output.bytes, 0);
console.log(`apps/api/dist: ${(bytes / 1024 / 1024).toFixed(1)} MB of JavaScript`);
