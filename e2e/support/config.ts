import path from "node:path";

/** Shared by the e2e server script, playwright.config.ts and the specs. */
export const E2E = {
  port: Number(process.env.E2E_PORT ?? 3100),
  get baseUrl() {
    return `http://localhost:${this.port}`;
  },
  get database() {
    return `sses_e2e_${this.port}`;
  },
  cronSecret: "e2e-cron-secret-0123456789abcdef",
  get connectionFile() {
    return path.resolve(import.meta.dirname, "..", "..", ".data", `e2e-${this.port}.json`);
  },
};
