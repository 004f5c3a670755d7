import { spawn, type ChildProcess } from "node:child_process";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { offers, outbox } from "@/db/schema";
import { seedDemoData } from "@/db/seed/demo";
import { freePort, root, serverActionId, startWebServer, stopProcess, waitForStatus } from "@/test/web-servers";
import { buildIfStale } from "./lib/build";

/**
 * Several instances behind a load balancer (docs/architecture.md#plusieurs-instances): two production
 * servers of one build, on one database and one Redis (Debian's redis-server, started here on a free
 * port). A change made through instance A leaves instance B's cached catalogue within 2 s, and a
 * limit counted by the PostgreSQL limiter holds across both.
 */
const CRON_SECRET = "instances-test-cron-secret-0123456789";
let redis: ChildProcess | undefined;
const servers: ChildProcess[] = [];
let a: string;
let b: string;

beforeAll(async () => {
  await seedDemoData(db);
  await buildIfStale(root, (line) => console.log(`[instances] ${line}`));
  const redisPort = await freePort();
  redis = spawn("/usr/bin/redis-server", ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const env = { DATABASE_URL: process.env.DATABASE_URL, REDIS_URL: `redis://127.0.0.1:${redisPort}`, CRON_SECRET, REDIS_KEY_PREFIX: `sses-test-${redisPort}:` };
  const ports = [await freePort(), await freePort()];
  for (const port of ports) servers.push(startWebServer(port, { ...env, APP_URL: `http://127.0.0.1:${port}` }));
  [a, b] = ports.map((port) => `http://127.0.0.1:${port}`) as [string, string];
  await Promise.all([waitForStatus(`${a}/api/health`, 200, servers[0], 600_000), waitForStatus(`${b}/api/health`, 200, servers[1], 600_000)]);
}, 900_000);

afterAll(async () => {
  await Promise.all(servers.map(stopProcess));
  redis?.kill("SIGTERM");
}, 60_000);

const page = async (url: string) => (await fetch(url)).text();
const listedOffers = (html: string) => [...html.matchAll(/href="\/offres\/(\d+)"/g)].map((match) => Number(match[1]));

describe("two instances on one database and one Redis", () => {
  it("an offer leaving the catalogue through instance A leaves instance B's cached /offres within 2 s", async () => {
    const [shown] = listedOffers(await page(`${b}/offres`));
    expect(shown).toBeDefined();
    // Its publication ended yesterday: the database says so, but B's cached listing still shows it…
    await db
      .update(offers)
      .set({ publicationStart: sql`current_date - 30`, publicationEnd: sql`current_date - 1` })
      .where(eq(offers.id, shown!));
    expect(listedOffers(await page(`${b}/offres`))).toContain(shown);
    // …until the scheduled job, called on A, moves it to Caduque and expires the catalogue's tags.
    const cron = await fetch(`${a}/api/cron`, { method: "POST", headers: { authorization: `Bearer ${CRON_SECRET}` } });
    expect(cron.status).toBe(200);
    const deadline = Date.now() + 2000;
    let listed = listedOffers(await page(`${b}/offres`));
    while (listed.includes(shown!) && Date.now() < deadline) listed = listedOffers(await page(`${b}/offres`));
    expect(listed).not.toContain(shown);
    expect(listed.length).toBeGreaterThan(0);
  });

  it("the three « Mot de passe oublié » links an hour hold across both instances", async () => {
    const email = "gestionnaire@demo.sses.fr";
    const action = serverActionId("requestPasswordLinkAction");
    const sent = () => db.$count(outbox, and(eq(outbox.toEmail, email), eq(outbox.template, "password-reset")));
    const before = await sent();
    for (const base of [a, b, a, b, a, b]) {
      const response = await fetch(`${base}/mot-de-passe-oublie`, {
        method: "POST",
        headers: { "next-action": action, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
        body: JSON.stringify([{ email }]),
      });
      expect(response.status).toBe(200);
      await response.text();
    }
    // The link is issued after the answer has left (lib/passwords/actions.ts): wait for the third, then a little more.
    for (let waited = 0; (await sent()) < before + 3 && waited < 20_000; waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await sent()).toBe(before + 3);
  });
});
