import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, decodable, guardActionBodies, refusalOf } from "./action-body-guard";
import { POST } from "@/app/api/requete-refusee/route";

describe("refusalOf (issue 14, finding 9)", () => {
  const post = (headers: Record<string, string>) => ({ method: "POST", headers });
  it("lets action calls Next can read through", () => {
    expect(refusalOf(post({ "next-action": "abc", "content-type": "text/plain;charset=UTF-8", "content-length": "40" }))).toBeNull();
    expect(refusalOf(post({ "next-action": "abc", "content-type": "multipart/form-data; boundary=x", "content-length": String(30 * 1024 * 1024) }))).toBeNull();
    expect(refusalOf(post({ "content-type": "application/x-www-form-urlencoded" }))).toBeNull();
    expect(refusalOf({ method: "GET", headers: { "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) } })).toBeNull();
  });

  it("refuses a body over the limit and an action call of another type", () => {
    expect(
      refusalOf(post({ "next-action": "abc", "content-type": "multipart/form-data; boundary=x", "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) })),
    ).toBe("taille");
    expect(refusalOf(post({ "next-action": "abc", "content-type": "application/json" }))).toBe("forme");
    expect(refusalOf(post({ "next-action": "abc" }))).toBe("forme");
  });
});

describe("guardActionBodies", () => {
  it("sends an oversized action call to the refusal route before the server's listener reads it", async () => {
    guardActionBodies();
    const server = createServer((request, response) => response.end(`${request.url} ${request.headers["next-action"] ?? "-"}`));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await new Promise<string>((resolve, reject) => {
        const call = httpRequest(
          {
            port,
            host: "127.0.0.1",
            method: "POST",
            path: "/aide/assistance",
            headers: { "next-action": "abc", "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) },
          },
          (response) => {
            let text = "";
            response.on("data", (chunk) => (text += chunk));
            response.on("end", () => resolve(text));
          },
        );
        call.on("error", reject);
        call.write("x");
      });
      expect(answer).toBe("/api/requete-refusee?motif=taille -");
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it("answers in French with 413 and 400", async () => {
    const tooBig = await POST(new Request("http://localhost/api/requete-refusee?motif=taille", { method: "POST" }));
    expect(tooBig.status).toBe(413);
    expect(await tooBig.text()).toContain("L'envoi dépasse la taille acceptée");
    const unreadable = await POST(new Request("http://localhost/api/requete-refusee?motif=forme", { method: "POST" }));
    expect(unreadable.status).toBe(400);
    expect(await unreadable.text()).toContain("La requête n'a pas pu être lue");
  });
});

describe("decodable", () => {
  const action = { "next-action": "abc" };
  it("accepts what React's encodeReply sends, and a form posted without JavaScript", async () => {
    expect(await decodable(Buffer.from('["$K1"]'), { ...action, "content-type": "text/plain;charset=UTF-8" })).toBe(true);
    const form = new FormData();
    form.set("0", '["$K1"]');
    form.set("1_titre", "Atelier");
    form.set("1_fichier", new Blob(["%PDF-1.7"]), "a.pdf");
    const multipart = new Request("http://x", { method: "POST", body: form });
    const type = multipart.headers.get("content-type")!;
    const body = Buffer.from(await multipart.arrayBuffer());
    expect(await decodable(body, { ...action, "content-type": type })).toBe(true);
    expect(await decodable(body, { "content-type": type })).toBe(true);
  });

  it("refuses garbage inside an accepted type", async () => {
    expect(await decodable(Buffer.from("{{{ pas du JSON"), { ...action, "content-type": "text/plain" })).toBe(false);
    expect(await decodable(Buffer.from("--x\r\nnimporte quoi"), { ...action, "content-type": "multipart/form-data; boundary=x" })).toBe(false);
    const noRoot = new Request("http://x", { method: "POST", body: Object.assign(new FormData(), {}) });
    expect(await decodable(Buffer.from(await noRoot.arrayBuffer()), { ...action, "content-type": noRoot.headers.get("content-type")! })).toBe(false);
  });
});

describe("bodies held back until whole and decodable", () => {
  // Reads the body as Next does (a pipeline from the request), and says what it got.
  const server = createServer(async (request, response) => {
    let received = 0;
    try {
      // Next reads the body later than the request's arrival (routing, the upload gate of scripts/serve.ts).
      await new Promise((resolve) => setTimeout(resolve, 20));
      await pipeline(request, new Writable({ write: (chunk: Buffer, _e, done) => ((received += chunk.length), done()) }));
      response.end(`lu ${received}`);
    } catch (error) {
      response.statusCode = 500;
      response.end(`erreur ${(error as Error).name}`);
    }
  });
  async function post(headers: Record<string, string>, chunks: (string | Buffer)[]) {
    guardActionBodies();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return new Promise<{ status: number; text: string }>((resolve, reject) => {
      const call = httpRequest({ port, host: "127.0.0.1", method: "POST", path: "/aide/assistance", headers }, (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode!, text }));
      });
      call.on("error", reject);
      for (const chunk of chunks) call.write(chunk);
      call.end();
    });
  }

  it("hands a decodable body to the reader, whole", async () => {
    expect(await post({ "next-action": "abc", "content-type": "text/plain" }, ['["a', '","b"]'])).toEqual({ status: 200, text: "lu 9" });
    const large = JSON.stringify(["x".repeat(3 * 1024 * 1024)]);
    expect(await post({ "next-action": "abc", "content-type": "text/plain" }, [large.slice(0, 100), large.slice(100)])).toEqual({
      status: 200,
      text: `lu ${large.length}`,
    });
  });

  it("answers 413 in French to a chunked body over the limit, and the reader ends as an abort", async () => {
    const mebibyte = Buffer.alloc(1024 * 1024, "a");
    const answer = await post(
      { "next-action": "abc", "content-type": "text/plain" },
      Array.from({ length: 33 }, () => mebibyte),
    );
    expect(answer.status).toBe(413);
    expect(answer.text).toContain("L'envoi dépasse la taille acceptée");
  });

  it("answers 400 in French to garbage inside an accepted type", async () => {
    const answer = await post({ "next-action": "abc", "content-type": "text/plain" }, ["{{{ pas du JSON"]);
    expect(answer).toEqual({ status: 400, text: "La requête n'a pas pu être lue. Rechargez la page, puis réessayez." });
  });
  server.unref();
});
