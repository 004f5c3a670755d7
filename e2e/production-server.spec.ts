import { request as httpRequest } from "node:http";
import { gunzipSync } from "node:zlib";
import { listingPathFor } from "../lib/offers/catalogue/listing-key";
import { createOffer, createStructure } from "../test/factories";
import { resultsHeading, search, TODAY, uniqueWord } from "./support/catalogue";
import { E2E } from "./support/config";
import { expect, expectAccessible, test } from "./support/fixtures";

type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A GET whose body is kept as sent (Playwright's request context and fetch both decompress it). */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, E2E.baseUrl), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const GZIP = { "accept-encoding": "gzip, deflate, br" };

/**
 * The e2e server is the production one (scripts/serve.ts, docs/architecture.md#le-serveur-web), not
 * `next start`: what it adds is seen here. Its gzip of a cached page is sent whole, with its length;
 * Next's own compression streams (chunked, no Content-Length), so a length beside `gzip` is serve.ts's.
 */
test.describe("Le serveur de production", () => {
  test("une page /offres en cache part compressée (gzip gardé, avec sa longueur) à qui l'accepte, en clair aux autres", async () => {
    const zipped = await rawGet("/offres", GZIP);
    expect(zipped.status).toBe(200);
    expect(zipped.headers["x-nextjs-cache"]).toMatch(/^(HIT|STALE|MISS|REVALIDATED)$/);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(Number(zipped.headers["content-length"])).toBe(zipped.body.length);
    const html = gunzipSync(zipped.body).toString("utf8");
    expect(html).toContain("<html");

    const plain = await rawGet("/offres");
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toContain("<html");
  });

  test("une recherche du catalogue est servie par la page en cache de ses filtres", async ({ page, db }) => {
    const word = uniqueWord();
    const { id: structureId } = await createStructure(db, { name: `Maison de santé ${word}` });
    await createOffer(db, { today: TODAY, structureId, name: `Atelier sommeil ${word}` });

    const query = `/offres?q=${word}`;
    const first = await rawGet(query, GZIP);
    expect(first.status).toBe(200);
    expect(first.headers["x-nextjs-cache"]).toMatch(/^(HIT|STALE|MISS|REVALIDATED)$/);
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(Number(first.headers["content-length"])).toBe(first.body.length);
    expect(gunzipSync(first.body).toString("utf8")).toContain(`Atelier sommeil ${word}`);

    // Asked again, the search and its cached page (by its own path) answer the same kept bytes.
    const again = await rawGet(query, GZIP);
    expect(again.headers["x-nextjs-cache"]).toMatch(/^(HIT|STALE)$/);
    const cachedPage = await rawGet(listingPathFor(new URLSearchParams({ q: word })), GZIP);
    expect(cachedPage.headers["x-nextjs-cache"]).toMatch(/^(HIT|STALE)$/);
    expect(cachedPage.body.equals(again.body)).toBe(true);

    // In the browser: the search as a link, then from the form (a client navigation, whose answer names the page rendered).
    await search(page, word);
    await expect(resultsHeading(page, "1 offre")).toBeVisible();
    await expect(page.getByLabel("Rechercher", { exact: true })).toHaveValue(word);
    await expectAccessible(page);
    await page.goto("/offres");
    await expectAccessible(page);
    await page.getByLabel("Rechercher", { exact: true }).fill(`sommeil ${word}`);
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`q=sommeil\\+${word}`));
    await expect(resultsHeading(page, "1 offre")).toBeVisible();
    await expect(page.getByRole("link", { name: `Atelier sommeil ${word}` })).toBeVisible();
  });
});
