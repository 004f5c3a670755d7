import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Server-action bodies Next.js itself would answer with a bare 500 and a stack trace in the log
 * (issue 14, finding 9): a body over the limit (`serverActions.bodySizeLimit`, 32 MB, in
 * next.config.ts) and a body an action cannot decode. Next gives no hook before it reads an action's
 * body, so this looks at the request as Node receives it, from the same diagnostics channel as the
 * socket-address stamp (before Next's listener runs):
 * - what the headers already show (a Content-Length over the limit, an action call of a type Next
 *   cannot decode) goes to the route that answers 413 / 400 in French (app/api/requete-refusee/route.ts);
 * - otherwise the body of an action call is held back as it arrives, and handed to Next only once
 *   whole and decodable; a body that grows over the limit (sent in chunks, without Content-Length) or
 *   cannot be decoded gets the same French answer, and Next's read of it ends as an abort, which Next
 *   neither logs nor answers.
 */
export const ACTION_BODY_LIMIT_BYTES = 32 * 1024 * 1024;
export const REFUSED_REQUEST_PATH = "/api/requete-refusee";

// What Next decodes as an action call: a fetch action's encoded arguments (text/plain or multipart), a form without JavaScript.
const ACTION_CONTENT_TYPES = ["multipart/form-data", "text/plain", "application/x-www-form-urlencoded"];

export type Refusal = "taille" | "forme";

export const REFUSALS: Record<Refusal, { status: number; text: string }> = {
  taille: {
    status: 413,
    text: "L'envoi dépasse la taille acceptée (32 Mo en tout) : retirez une pièce jointe ou choisissez des fichiers plus légers, puis réessayez.",
  },
  forme: { status: 400, text: "La requête n'a pas pu être lue. Rechargez la page, puis réessayez." },
};

const contentTypeOf = (request: Pick<IncomingMessage, "headers">) => (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();

/** Why a request must not reach Next, from its headers alone, or null. */
export function refusalOf(request: Pick<IncomingMessage, "method" | "headers">): Refusal | null {
  if (request.method !== "POST") return null;
  const length = Number(request.headers["content-length"]);
  if (Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES) return "taille";
  if (!request.headers["next-action"]) return null;
  return ACTION_CONTENT_TYPES.includes(contentTypeOf(request)) ? null : "forme";
}

/** Whether Next would read this request's body as a server action: a fetch action, or a form posted to a page. */
export function carriesAction(request: Pick<IncomingMessage, "method" | "headers" | "url">): boolean {
  if (request.method !== "POST") return false;
  if (request.headers["next-action"]) return true;
  return contentTypeOf(request) === "multipart/form-data" && !(request.url ?? "").startsWith("/api/");
}

/**
 * Whether Next can decode this body: a fetch action's arguments are JSON, or a multipart form whose
 * field « 0 » is JSON (React's encodeReply); a form posted without JavaScript is a readable multipart form.
 */
export async function decodable(body: Buffer, headers: IncomingMessage["headers"]): Promise<boolean> {
  const type = headers["content-type"] ?? "";
  const fetchAction = Boolean(headers["next-action"]);
  try {
    if (!type.toLowerCase().startsWith("multipart/form-data")) {
      JSON.parse(body.toString("utf8"));
      return true;
    }
    const form = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
    if (!fetchAction) return true;
    const root = form.get("0");
    if (typeof root !== "string") return false;
    JSON.parse(root);
    return true;
  } catch {
    return false;
  }
}

let guarding = false;

export function guardActionBodies(): void {
  if (guarding) return;
  guarding = true;
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const refusal = refusalOf(request);
    if (refusal) {
      request.url = `${REFUSED_REQUEST_PATH}?motif=${refusal}`;
      delete request.headers["next-action"];
    } else if (carriesAction(request)) {
      holdBody(request, response);
    }
  });
}

// Next's reading of a refused body ends with this: an abort, which Next does not log (its render's error handler skips them).
const abort = () => Object.assign(new Error("Requête refusée avant sa lecture"), { name: "AbortError" });

/**
 * The HTTP parser hands each piece of the body to `request.push`: they are kept here, counted, and
 * given to Next (its reader waits meanwhile) once the body is whole and decodable. Until a reader
 * asks for the body (`_read`), the socket is paused as it would be without this: a body the upload
 * gate of scripts/serve.ts keeps waiting stays unread.
 */
function holdBody(request: IncomingMessage, response: ServerResponse): void {
  const push = request.push.bind(request);
  const read = request._read.bind(request);
  const chunks: Buffer[] = [];
  let size = 0;
  let wanted = false;
  let refused = false;
  // Next's reader, once it reads (now or later), ends with an abort; with nobody listening, nothing to end.
  const endReader = () => {
    if (request.listenerCount("error") > 0) request.emit("error", abort());
  };
  const refuse = (refusal: Refusal) => {
    refused = true;
    answer(response, REFUSALS[refusal]);
    // Next's pipeline would destroy the request, and the socket with it, before the answer has left.
    request.destroy = () => request;
    if (wanted) endReader();
  };
  request._read = (bytes: number) => {
    wanted = true;
    if (refused) process.nextTick(endReader);
    else read(bytes);
  };
  request.push = (chunk: Buffer | null, encoding?: BufferEncoding) => {
    if (refused) return true;
    if (chunk !== null) {
      size += chunk.length;
      if (size > ACTION_BODY_LIMIT_BYTES) refuse("taille");
      else chunks.push(chunk);
      return wanted;
    }
    const body = Buffer.concat(chunks);
    chunks.length = 0;
    void decodable(body, request.headers).then((readable) => {
      if (!readable) return refuse("forme");
      if (body.length > 0) push(body, encoding);
      push(null);
    });
    return true;
  };
}

/** The French answer, sent at once; whatever Next writes afterwards on this response is dropped. */
function answer(response: ServerResponse, { status, text }: { status: number; text: string }): void {
  if (response.headersSent) return;
  for (const name of response.getHeaderNames()) response.removeHeader(name);
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" });
  response.end(text);
  const ignored = function (this: ServerResponse) {
    return this;
  };
  Object.assign(response, {
    setHeader: ignored,
    appendHeader: ignored,
    removeHeader: ignored,
    writeHead: ignored,
    flushHeaders: ignored,
    write: () => true,
    end: ignored,
  });
}
