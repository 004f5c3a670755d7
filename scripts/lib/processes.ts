import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/** A secret generated on first run and kept in `.data/` (never in the repository). */
export function persistentSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Stops a server left running by a launcher that was killed, if that pid is still that program. */
export async function stopLeftoverProcess(pid: number, expected: string[], log: (line: string) => void): Promise<void> {
  if (!isAlive(pid) || !expected.some((name) => commandLine(pid).includes(name))) return;
  log(`Arrêt d'un serveur resté actif (pid ${pid})…`);
  process.kill(pid, "SIGTERM");
  for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return "";
  }
}
