import type { IncomingMessage, ServerResponse } from "node:http";
import postgres from "postgres";

const PAGE = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Service momentanément indisponible – Service sanitaire</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#161616;line-height:1.5}h1{font-size:2rem}</style></head>
<body><main><p>Erreur 503</p><h1>Service momentanément indisponible</h1>
<p>La plateforme redémarre. Rien n'est perdu : rechargez la page dans une minute.</p>
<p><a href="/">Page d'accueil</a></p></main></body>
</html>`;

/**
 * A 500 answered while the database does not respond becomes a 503 « Service momentanément
 * indisponible » (docs/architecture.md#quand-la-base-ne-repond-pas): the launcher is restarting the
 * database, this is a passing outage, not a bug. Other 500s stay 500s. The decision needs one query,
 * only for the rare 500, so the response is held until it is known.
 */
export function outageRewriter(databaseUrl: string | undefined) {
  const probe = databaseUrl ? postgres(databaseUrl, { max: 1, connect_timeout: 2, idle_timeout: 30, onnotice: () => {} }) : undefined;
  const databaseAnswers = async () => {
    if (!probe) return true;
    try {
      await Promise.race([probe`select 1`, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2500))]);
      return true;
    } catch {
      return false;
    }
  };

  return function watch(_req: IncomingMessage, res: ServerResponse): void {
    const original = { writeHead: res.writeHead, write: res.write, end: res.end };
    let held: { args: unknown[]; chunks: unknown[][] } | undefined;
    // Node calls writeHead itself (implicit headers) before the first write or end.
    res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      const status = Number(args[0]);
      if (status !== 500) return original.writeHead.apply(this, args as never);
      held = { args, chunks: [] };
      return this;
    } as typeof res.writeHead;
    // A first write or end() before any writeHead: hold there if the status set is a 500.
    const holdImplicit = () => {
      if (!held && !res.headersSent && res.statusCode === 500) held = { args: [500], chunks: [] };
    };
    res.write = function (this: ServerResponse, ...args: unknown[]) {
      holdImplicit();
      if (!held) return original.write.apply(this, args as never);
      held.chunks.push(args);
      return true;
    } as typeof res.write;
    res.end = function (this: ServerResponse, ...args: unknown[]) {
      holdImplicit();
      if (!held) return original.end.apply(this, args as never);
      const { args: head, chunks } = held;
      chunks.push(args);
      void databaseAnswers().then((up) => {
        Object.assign(res, original);
        if (up) {
          res.writeHead(...(head as Parameters<typeof res.writeHead>));
          for (const chunk of chunks.slice(0, -1)) res.write(...(chunk as Parameters<typeof res.write>));
          res.end(...(chunks.at(-1) as Parameters<typeof res.end>));
          return;
        }
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        res.writeHead(503, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": "30" });
        res.end(PAGE);
      });
      return this;
    } as typeof res.end;
  };
}
