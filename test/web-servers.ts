import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

/** Helpers of the tests and benches that run the real production server (scripts/serve.ts) on its build. */
export const root = path.resolve(import.meta.dirname, "..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** `npm start`'s web server on `port`, without the launcher; `output: "pipe"` to read what it logs. */
export function startWebServer(
  port: number,
  env: Record<string, string | undefined>,
  { output = "inherit" }: { output?: "inherit" | "pipe" } = {},
): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd: root,
    env: {
      ...process.env,
      AUTH_TRUST_HOST: "true",
      AUTH_SECRET: "test-auth-secret-not-for-production-0123456789",
      ...env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
    },
    stdio: ["ignore", output, output],
  });
}

/** Resolves once `url` answers `expected`; throws if `child` exits first or after `timeoutMs`. */
export async function waitForStatus(url: string, expected: number, child?: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let last = 0; ; await new Promise((resolve) => setTimeout(resolve, 250))) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) throw new Error(`the server exited (${child.exitCode ?? child.signalCode})`);
    last = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (last === expected) return;
    if (Date.now() > deadline) throw new Error(`${url} never answered ${expected} (last: ${last})`);
  }
}

export const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));

export async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  await exited(child);
  clearTimeout(timer);
}

/** The id Next gave a server action in this build (what a form posts in its Next-Action header). */
export function serverActionId(exportedName: string): string {
  const manifestPath = path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName);
  if (!entry) throw new Error(`no server action ${exportedName} in ${manifestPath}`);
  return entry[0];
}
