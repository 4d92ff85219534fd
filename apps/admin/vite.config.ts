// Vite configuration of the console: the React plugin, `dist/` as the output the API serves
// at `/`, a dev-server proxy to the API (API_PORT, default 4000), and code splitting: resource
// screens are lazy routes (src/*/index.ts) that carry the react-admin/MUI parts only they use,
// React and the GraphQL client are stable vendor chunks. Putting all of react-admin and MUI
// in vendor chunks would load them all up front (≈340 KB gzipped initial instead of ≈270 KB).
// What the first screen needs anyway ($initial) is one chunk rather than some twenty small ones
// that the browser fetched six at a time: the same bytes, ≈4 requests instead of ≈20.
//
// A module is in one chunk, with all of its code that any chunk uses: a module the first screen
// needs brings along what the other screens use of it. So each GraphQL document is a module of its
// own (documentPerModule), and the workspace's domain and schema modules, which do nothing when
// loaded, are not kept in the first load only because a barrel the first screen imports names them
// (treeshake.moduleSideEffects). The first load's budget: test/first-load.test.ts.
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 4000}`;

/** The typed documents graphql-codegen writes, one `export const … = {…} as unknown as …;` a line. */
const GENERATED_DOCUMENTS = /[\\/]packages[\\/]schema[\\/]src[\\/]generated[\\/]graphql\.ts$/;
const DOCUMENT_LINE = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
const DOCUMENT_PREFIX = "\0kehoach-document:";

/**
 * Each GraphQL document of @kehoach/schema as a module of its own, so that it goes to the chunk of
 * the screen that sends it. One module holds all 121 documents otherwise, and a module is in one
 * chunk: with `me` sent at startup, every document the console sends was in the first load.
 */
function documentPerModule(): Plugin {
  const documents = new Map<string, string>();
  return {
    name: "kehoach-document-per-module",
    apply: "build",
    enforce: "pre",
    resolveId(id) {
      return id.startsWith(DOCUMENT_PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(DOCUMENT_PREFIX)) return null;
      const name = id.slice(DOCUMENT_PREFIX.length);
      const literal = documents.get(name);
      if (literal === undefined) throw new Error(`No GraphQL document ${name}`);
      return `export const ${name} = ${literal};\n`;
    },
    transform(code, id) {
      if (!GENERATED_DOCUMENTS.test(id)) return null;
      const split = code.replace(DOCUMENT_LINE, (_line, name: string, literal: string) => {
        documents.set(name, literal);
        return `export { ${name} } from ${JSON.stringify(DOCUMENT_PREFIX + name)};`;
      });
      // Still a working build if graphql-codegen changes its layout, only a larger first load.
      if (documents.size === 0) this.warn("no document found in the generated graphql.ts: all stay in one module");
      return split;
    },
  };
}

export default defineConfig(({ command }) => {
  // A build is for users: React's production code and JSX even when the shell that runs it has
  // NODE_ENV=development (which made the first load ≈400 KB gzipped instead of ≈310 KB). Vite reads
  // NODE_ENV after this file, so setting it here decides the build.
  if (command === "build") process.env.NODE_ENV = "production";
  return {
    plugins: [documentPerModule(), react()],
    server: {
      proxy: {
        "/graphql": { target: apiTarget, changeOrigin: true },
        "/healthz": { target: apiTarget, changeOrigin: true },
        "/bao-cao": { target: apiTarget, changeOrigin: true },
        "/cong-khai": { target: apiTarget, changeOrigin: true },
        "/tep-dinh-kem": { target: apiTarget, changeOrigin: true },
      },
    },
    preview: {
      proxy: {
        "/graphql": { target: apiTarget, changeOrigin: true },
        "/healthz": { target: apiTarget, changeOrigin: true },
        "/bao-cao": { target: apiTarget, changeOrigin: true },
        "/cong-khai": { target: apiTarget, changeOrigin: true },
        "/tep-dinh-kem": { target: apiTarget, changeOrigin: true },
      },
    },
    build: {
      outDir: "dist",
      emptyOutDir: true,
      // The first screen's chunk (≈680 KB, ≈210 KB gzipped) is loaded whole in any case.
      chunkSizeWarningLimit: 1000,
      rolldownOptions: {
        treeshake: {
          // @kehoach/domain and @kehoach/schema have no code that runs on import (undefined: the
          // packages' own `sideEffects`, for the rest).
          moduleSideEffects: (id: string) =>
            /[\\/]packages[\\/](domain|schema)[\\/]src[\\/]/.test(id) ? false : undefined,
        },
        output: {
          codeSplitting: {
            groups: [
              { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 40 },
              { name: "graphql", test: /node_modules[\\/](urql|@urql|wonka|graphql|@0no-co)[\\/]/, priority: 20 },
              { name: "console", tags: ["$initial"], priority: 10 },
            ],
          },
        },
      },
    },
  };
});
