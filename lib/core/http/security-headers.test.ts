import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedPagePolicy, hashPolicy, noncePolicy } from "./content-security-policy";
import { HSTS_VALUE, applySecurityHeaders, rendersForThePageCache } from "./security-headers";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("Content-Security-Policy (issue 14, finding 7)", () => {
  it("gives a rendered page its nonce and the directives of the issue", () => {
    const policy = noncePolicy("abc123==");
    expect(policy).toContain("script-src 'nonce-abc123==' 'strict-dynamic';");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(policy).toContain(directive);
    expect(policy).not.toContain("unsafe-eval");
  });

  it("allows a cached page's inline scripts by their hash, and no other inline script", () => {
    const html =
      '<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>' +
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
      '<script nonce="old">self.__next_f.push([1,"x"])</script></body></html>';
    const policy = hashPolicy(html);
    expect(policy).toMatch(/^script-src 'self' 'sha256-[^']+' 'sha256-[^']+'; /);
    expect(policy).toContain(sha256("(self.__next_f=self.__next_f||[]).push([0])"));
    expect(policy).toContain(sha256('self.__next_f.push([1,"x"])'));
    expect(policy).not.toContain("nonce-");
    expect(policy).not.toContain("unsafe-inline'; default");
    expect(cachedPagePolicy(html)).toBe(policy);
  });
});

describe("applySecurityHeaders", () => {
  let base = "";
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const nonce = /'nonce-([^']+)'/.exec(String(request.headers["content-security-policy"]))?.[1] ?? "none";
    if (request.url?.startsWith("/offres")) {
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.end(`<script nonce="${nonce}">listing()</script>`);
    } else if (request.url === "/json") {
      response.setHeader("content-type", "application/json");
      response.end("{}");
    } else if (request.url === "/streamed") {
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.write(`<script nonce="${nonce}">1</script>`);
      response.end(`<i>${nonce}</i>`);
    } else {
      response.setHeader("content-type", "text/html; charset=utf-8");
      if (request.url === "/compressed") {
        // As Next's compression does: its own end, which sends the headers before the (compressed) bytes.
        const end = response.end;
        response.end = function (this: ServerResponse) {
          this.writeHead(this.statusCode);
          return end.call(this, "octets compressés", "utf8");
        } as ServerResponse["end"];
      }
      response.end("<script>cached()</script>");
    }
  });
  beforeAll(async () => {
    applySecurityHeaders({ https: true });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it("gives a streamed page the nonce of its request, never one the client sent", async () => {
    const answer = await fetch(`${base}/streamed`, { headers: { "content-security-policy": "script-src 'nonce-chosen'" } });
    const nonce = (await answer.text()).match(/<i>(.+)<\/i>/)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(answer.headers.get("content-security-policy")).toBe(noncePolicy(nonce!));
    const again = await fetch(`${base}/streamed`);
    expect(await again.text()).not.toContain(nonce);
  });

  it("gives a page sent whole the hashes of its scripts", async () => {
    for (const path of ["/cached", "/compressed"]) {
      const answer = await fetch(`${base}${path}`);
      expect(answer.headers.get("content-security-policy")).toBe(hashPolicy("<script>cached()</script>"));
      expect(answer.headers.get("content-security-policy")).toContain(sha256("cached()"));
    }
  });

  it("renders the catalogue's cached listing without a nonce, even one a client sent: it is sent whole, with hashes", async () => {
    for (const path of ["/offres", "/offres?q=sommeil", "/offres/recherche/q-sommeil"]) {
      const answer = await fetch(`${base}${path}`, { headers: { "content-security-policy": "script-src 'nonce-chosen'" } });
      expect(await answer.text()).toBe('<script nonce="none">listing()</script>');
      expect(answer.headers.get("content-security-policy")).toBe(hashPolicy('<script nonce="none">listing()</script>'));
    }
    expect(rendersForThePageCache("/offres/1042")).toBe(false);
    expect(rendersForThePageCache("/offres/1042/pdf")).toBe(false);
    expect(rendersForThePageCache("/offresx")).toBe(false);
  });

  it("leaves other answers without a policy; HSTS on all of them over HTTPS", async () => {
    const answer = await fetch(`${base}/json`);
    expect(answer.headers.get("content-security-policy")).toBeNull();
    expect(answer.headers.get("strict-transport-security")).toBe(HSTS_VALUE);
  });
});
