import { afterAll, describe, expect, it } from "vitest";
import { buildOfferSheet } from "../offer-sheet";
import { sampleOffer } from "../../../../test/fixtures/offer-sheet";
import { createRenderPool } from "./worker-pool";

const sheet = buildOfferSheet(sampleOffer());
const pool = createRenderPool({ rendersPerWorker: 2, idleMs: 60_000, resourceLimits: { maxOldGenerationSizeMb: 64 } });
afterAll(() => pool.stop());

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString("latin1") === "%PDF-";

describe("the PDF render threads", () => {
  it("render in a worker thread, replaced after its quota once its renders are answered", async () => {
    const first = await Promise.all([pool.render(sheet, "u", null), pool.render(sheet, "u", null)]);
    expect(first.every(isPdf)).toBe(true);
    expect(pool.stats()).toEqual({ launched: 1, alive: 1 });
    // The third render goes to a new thread; the old one ends, its work done.
    expect(isPdf(await pool.render(sheet, "u", null))).toBe(true);
    await expect.poll(() => pool.stats()).toEqual({ launched: 2, alive: 1 });
  }, 60_000);

  it("reject the renders of a thread that dies, and start a new one for the next", async () => {
    const rejected = expect(pool.render(sheet, "u", null)).rejects.toThrow("Le fil de rendu PDF s'est arrêté");
    await pool.stop();
    await rejected;
    expect(isPdf(await pool.render(sheet, "u", null))).toBe(true);
    expect(pool.stats().alive).toBe(1);
  }, 60_000);

  it("pass the logo's bytes to the thread", async () => {
    // A 1×1 transparent PNG, as a view on a larger buffer (as the database driver returns them).
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
    const view = Buffer.concat([Buffer.alloc(100), png]).subarray(100);
    const withLogo = await pool.render(sheet, "u", { data: view, format: "png" });
    const without = await pool.render(sheet, "u", null);
    expect(isPdf(withLogo)).toBe(true);
    expect(withLogo.toString("latin1")).toContain("/Subtype /Image");
    expect(without.toString("latin1")).not.toContain("/Subtype /Image");
  }, 60_000);
});
