import { count, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { signupRequests } from "@/db/schema";
import { createUser } from "@/test/factories";
import { signupFormValues } from "@/test/signups";
import { one } from "@/lib/core/rows";

// The real action, through the real door; only the request's headers (the socket's address as
// instrumentation.ts stamps it, and what a client or proxy forwards), TRUSTED_PROXIES and Auth.js are stood in for.
const address = vi.hoisted(() => ({ current: "198.51.100.1", forwarded: null as string | null, trustedProxies: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ "x-sses-socket-address": address.current, ...(address.forwarded === null ? {} : { "x-forwarded-for": address.forwarded }) }),
}));
vi.mock("@/lib/core/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/core/env")>();
  return { ...actual, env: () => ({ ...actual.env(), TRUSTED_PROXIES: address.trustedProxies }) };
});

const { submitSignupAction } = await import("./actions");
const { SIGNUP_THROTTLED_MESSAGE, SIGNUPS_PER_ADDRESS_PER_HOUR } = await import("./limits");

const signup = () => signupFormValues();

// Île-de-France is served (it has an admin to read the requests): sign-ups from there are taken.
beforeAll(async () => {
  await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
});

describe("sign-up requests from one address", () => {
  it("are accepted up to the hourly limit, then refused with a message and nothing stored; another address is unaffected", async () => {
    address.current = "203.0.113.9";
    const emails: string[] = [];
    for (let i = 0; i < SIGNUPS_PER_ADDRESS_PER_HOUR; i++) {
      const values = await signup();
      emails.push(values.email);
      expect(await submitSignupAction(values)).toEqual({ ok: true, data: null });
    }
    const refused = await signup();
    expect(await submitSignupAction(refused)).toEqual({ ok: false, code: "INVALID", message: SIGNUP_THROTTLED_MESSAGE, fieldErrors: undefined });
    const { stored } = one(
      await db
        .select({ stored: count() })
        .from(signupRequests)
        .where(inArray(signupRequests.email, [...emails, refused.email])),
    );
    expect(stored).toBe(SIGNUPS_PER_ADDRESS_PER_HOUR);

    address.current = "203.0.113.10";
    expect(await submitSignupAction(refused)).toEqual({ ok: true, data: null });
  });

  it("do not count a request refused for its content", async () => {
    address.current = "203.0.113.11";
    for (let i = 0; i < SIGNUPS_PER_ADDRESS_PER_HOUR + 2; i++) {
      const result = await submitSignupAction({ ...(await signup()), siren: "123456789" });
      expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { siren: [expect.any(String)] } });
    }
    expect(await submitSignupAction(await signup())).toEqual({ ok: true, data: null });
  });

  it("accept exactly the allowed number out of 15 parallel requests (issue 14, finding 3)", async () => {
    address.current = "203.0.113.30";
    const forms = await Promise.all(Array.from({ length: 15 }, () => signup()));
    const results = await Promise.all(forms.map((form) => submitSignupAction(form)));
    expect(results.filter((result) => result.ok)).toHaveLength(SIGNUPS_PER_ADDRESS_PER_HOUR);
    expect(results.filter((result) => !result.ok && result.message === SIGNUP_THROTTLED_MESSAGE)).toHaveLength(5);
  });

  it("are counted on the socket's address: a forged X-Forwarded-For resets nothing without TRUSTED_PROXIES (issue 14, finding 4)", async () => {
    address.current = "203.0.113.40";
    for (let i = 0; i < SIGNUPS_PER_ADDRESS_PER_HOUR; i++) {
      address.forwarded = `192.0.2.${i + 1}`;
      expect(await submitSignupAction(await signup())).toEqual({ ok: true, data: null });
    }
    address.forwarded = "192.0.2.99";
    expect(await submitSignupAction(await signup())).toMatchObject({ ok: false, message: SIGNUP_THROTTLED_MESSAGE });
    address.forwarded = null;
  });

  it("believe X-Forwarded-For only at the configured hop with TRUSTED_PROXIES (issue 14, finding 4)", async () => {
    for (const trusted of ["1", "10.0.0.0/8"]) {
      address.trustedProxies = trusted;
      address.current = "10.0.0.1"; // the reverse proxy
      const client = trusted === "1" ? "198.51.100.61" : "198.51.100.62";
      for (let i = 0; i < SIGNUPS_PER_ADDRESS_PER_HOUR; i++) {
        // What the client wrote comes first; the proxy appends the address it saw.
        address.forwarded = `192.0.2.${i + 1}, ${client}`;
        expect(await submitSignupAction(await signup())).toEqual({ ok: true, data: null });
      }
      address.forwarded = `192.0.2.200, ${client}`;
      expect(await submitSignupAction(await signup())).toMatchObject({ ok: false, message: SIGNUP_THROTTLED_MESSAGE });
      // Another client behind the same proxy has its own count.
      address.forwarded = `${client.replace(/\d+$/, "70")}`;
      expect(await submitSignupAction(await signup())).toEqual({ ok: true, data: null });
    }
    address.trustedProxies = undefined;
    address.forwarded = null;
  });
});
