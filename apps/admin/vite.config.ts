// Vite configuration of the console: the React plugin, `dist/` as the output the API serves
// at `/`, a dev-server proxy to the API (API_PORT, default 4000), and code splitting: resource
// screens are lazy routes (src/*/index.ts) that carry the react-admin/MUI parts only they use,
// React and the GraphQL client are stable vendor chunks. Putting all of react-admin and MUI
// in vendor chunks would load them all up front (≈340 KB gzipped initial instead of ≈270 KB).
// What the first screen needs anyway ($initial) is one chunk rather than some twenty small ones
// that the browser fetched six at a time: the same bytes, ≈4 requests instead of ≈20.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 4000}`;

export default defineConfig(({ command }) => {
  // A build is for users: React's production code and JSX even when the shell that runs it has
  // NODE_ENV=development (which made the first load ≈400 KB gzipped instead of ≈310 KB). Vite reads
  // NODE_ENV after this file, so setting it here decides the build.
  if (command === "build") process.env.NODE_ENV = "production";
  return {
    plugins: [react()],
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
      // The first screen's chunk (≈950 KB, ≈230 KB gzipped) is loaded whole in any case.
      chunkSizeWarningLimit: 1000,
      rolldownOptions: {
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
