/**
 * What one more kilobyte costs to serve, on this machine's loopback: a bare Node HTTP server (no
 * Next) answers a fixed string of N bytes, and the server's CPU time per request is measured for
 * sizes around 64 KiB. `npx tsx bench/response-size.ts` (port BENCH_PORT, 3198).
 *
 * Why it exists: the catalogue listing's throughput against a static page (issue 3) fell by half
 * when the page crossed 64 KiB; this isolates the step from Next (bench/README.md, « Catalogue »).
 */
import { spawn } from "node:child_process";
import { measureThroughput } from "./lib/load";

const PORT = Number(process.env.BENCH_PORT ?? 3198);
const SIZES = [29_000, 40_000, 50_000, 60_000, 64_000, 65_000, 65_536, 68_000, 72_000];

// French text, accents included, as the pages are.
const SERVER = `
  const http = require("node:http");
  const text = "Prévention des conduites addictives au lycée : séances animées par les étudiants. ".repeat(2000);
  http.createServer((req, res) => {
    const size = Number(req.url.slice(1));
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(Buffer.from(text).subarray(0, size).toString("latin1"), "latin1");
  }).listen(${PORT}, () => process.send("ready"));
`;

async function main() {
  const server = spawn(process.execPath, ["-e", SERVER], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  await new Promise((resolve) => server.once("message", resolve));
  try {
    console.log("Octets de la réponse → temps CPU du serveur par requête (médiane de 3 tours de 1,5 s, 16 connexions) :");
    for (const size of SIZES) {
      const url = `http://localhost:${PORT}/${size}`;
      await measureThroughput(url, { seconds: 0.5 });
      const runs: number[] = [];
      for (let round = 0; round < 3; round++) {
        const run = await measureThroughput(url, { seconds: 1.5, serverPid: server.pid });
        if (run.serverCpuMicrosPerRequest !== null) runs.push(run.serverCpuMicrosPerRequest);
      }
      runs.sort((a, b) => a - b);
      console.log(`- ${size.toLocaleString("fr-FR")} octets : ${runs[1]?.toFixed(0) ?? "?"} µs`);
    }
  } finally {
    server.kill();
  }
}

await main();
