import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isAlive } from "./processes";

/** What `npm start` wrote in `<data>/run.json`, when its launcher is still alive. */
export function runningPlatform(dataDir: string): { databaseUrl: string } | null {
  const runFile = path.join(dataDir, "run.json");
  if (!existsSync(runFile)) return null;
  const run = JSON.parse(readFileSync(runFile, "utf8")) as { launcher?: number; databaseUrl?: string };
  return run.launcher && run.databaseUrl && isAlive(run.launcher) ? { databaseUrl: run.databaseUrl } : null;
}

/** `.data`, or SSES_DATA_DIR (the launcher test runs a second platform beside the developer's own). */
export function dataDirectory(root: string): string {
  return path.resolve(root, process.env.SSES_DATA_DIR ?? ".data");
}
