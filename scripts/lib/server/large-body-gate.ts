import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * At most `concurrency` large request bodies (the « Formulaire d'assistance » with 3 × 10 MB, an
 * offer's « Document utile ») are parsed at once: Next reads a server action's whole body into memory,
 * several times over, so six at once took the server from 138 to 948 MB (bench/README.md « Mémoire des
 * envois »). The others wait, unread (the socket's back-pressure holds their bytes), their turn in order;
 * one that waited `maxWaitMs` gets a French 503 and keeps its form to send again.
 */
export function largeBodyGate({ thresholdBytes, concurrency, maxWaitMs }: { thresholdBytes: number; concurrency: number; maxWaitMs: number }) {
  let running = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    running -= 1;
    const next = waiting.shift();
    if (next) {
      running += 1;
      next();
    }
  };

  /** Resolves true when the request may go on (its slot freed when the response ends), false when it was answered 503. */
  return async function admit(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const length = Number(req.headers["content-length"] ?? 0);
    const chunked = req.headers["transfer-encoding"] !== undefined;
    if (!(length > thresholdBytes || (chunked && req.method !== "GET"))) return true;
    if (running < concurrency) running += 1;
    else {
      const admitted = await new Promise<boolean>((resolve) => {
        const turn = () => {
          clearTimeout(timer);
          resolve(true);
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(turn), 1);
          resolve(false);
        }, maxWaitMs);
        waiting.push(turn);
      });
      if (!admitted) {
        res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "30", connection: "close" });
        res.end(
          "Trop d'envois de fichiers en même temps : le service est momentanément indisponible. Réessayez dans une minute, votre formulaire est conservé.",
        );
        return false;
      }
    }
    res.once("close", release);
    return true;
  };
}
