import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { encode } from "next-auth/jwt";
import postgres from "postgres";

/**
 * Serving the production build for a benchmark: `next start` on a port, a session cookie minted
 * with the bench's own AUTH_SECRET (same claims as lib/core/auth/config.ts: uid, sid, remember), and a
 * timed GET that reports server time as the client sees it on loopback.
 */
export const BENCH_AUTH_SECRET = "bench-auth-secret-not-for-production-0123456789";

/** A logged-in cookie for `userId`: its session row in user_sessions (the authority, lib/core/auth/session.ts) and the token naming it. */
export async function sessionCookie(databaseUrl: string, userId: string, secret = BENCH_AUTH_SECRET): Promise<string> {
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await client<{ id: string }[]>`
      insert into user_sessions (user_id, expires_at, remember, device) values (${userId}, now() + interval '12 hours', false, 'Banc d''essai') returning id`;
    const salt = "authjs.session-token";
    const token = await encode({ token: { uid: userId, sid: row!.id, remember: false, loginAt: Math.floor(Date.now() / 1000) }, secret, salt });
    return `${salt}=${token}`;
  } finally {
    await client.end();
  }
}

/**
 * The production build on `port`: `next start`, or with `production: true` the server `npm start`
 * runs in production (scripts/serve.ts: Next behind a plain Node server, which among other things
 * keeps the gzip of cached pages).
 */
export function startNext(root: string, port: number, databaseUrl: string, env: Record<string, string> = {}, { production = false } = {}): ChildProcess {
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const command = production ? ["--import", "tsx", path.join(root, "scripts", "serve.ts")] : [next, "start", "-p", String(port)];
  return spawn(process.execPath, command, {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: BENCH_AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      APP_URL: `http://localhost:${port}`,
      NODE_ENV: "production",
      PORT: String(port),
      ...env,
    },
  });
}

export async function waitForServer(port: number): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(`http://localhost:${port}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("le serveur n'a pas démarré");
}

export async function stopNext(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
}
