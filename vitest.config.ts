import path from "node:path";
import { defineConfig } from "vitest/config";

// `server-only` throws outside React's server build; the tests call server modules directly, as
// the server does, so it resolves to its empty module here.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,db,emails,components,app,scripts}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.integration.test.{ts,tsx}", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{lib,db,emails,app,scripts}/**/*.integration.test.{ts,tsx}"],
          environment: "node",
          globalSetup: ["./test/global-setup.ts"],
          setupFiles: ["./test/database-per-file.ts", "./test/setup-mocks.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
