import path from "node:path";

/** Shared by the e2e server script, playwright.config.ts and the specs. */
export const E2E = {
  port: Number(process.env.E2E_PORT ?? 3100),
  get baseUrl() {
    return `http://localhost:${this.port}`;
  },
  database: "sses_e2e",
  cronSecret: "e2e-cron-secret-0123456789abcdef",
  connectionFile: path.resolve(import.meta.dirname, "..", "..", ".data", "e2e.json"),
};
