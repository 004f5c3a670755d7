/**
 * `npm run bench`: the benchmarks one after the other, each in its own process (`npm run bench:<name>`),
 * so that each starts its own PostgreSQL and server and frees the machine before the next. Two of
 * them measure times, so running them side by side would only measure each other.
 *
 *   npm run bench                       # offers, calendar, catalogue
 *   npm run bench -- catalogue offers   # some of them, in this order
 *
 * Every benchmark runs even if one before it failed; the exit code says whether all succeeded.
 * Figures and how to read them: bench/README.md.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const DEFAULT_ORDER = ["offers", "calendar", "catalogue"];

const root = path.resolve(import.meta.dirname, "..");
const scripts = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
const requested = process.argv.slice(2);
const names = requested.length > 0 ? requested : DEFAULT_ORDER;

const unknown = names.filter((name) => !scripts[`bench:${name}`]);
if (unknown.length > 0) {
  const known = Object.keys(scripts)
    .filter((script) => script.startsWith("bench:"))
    .map((script) => script.slice("bench:".length));
  console.error(`[bench] unknown benchmark(s): ${unknown.join(", ")}; known: ${known.join(", ")}`);
  process.exit(2);
}

function runScript(name: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", `bench:${name}`], { cwd: root, stdio: "inherit" });
    child.on("error", (error) => {
      console.error(`[bench] could not start bench:${name}: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const results: { name: string; code: number; seconds: number }[] = [];
for (const name of names) {
  console.log(`\n[bench] ── bench:${name} ──`);
  const started = Date.now();
  const code = await runScript(name);
  results.push({ name, code, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log("\n[bench] summary");
for (const { name, code, seconds } of results) console.log(`  bench:${name.padEnd(12)} ${code === 0 ? "ok" : `failed (exit ${code})`}  ${seconds} s`);
process.exit(results.every((result) => result.code === 0) ? 0 : 1);
