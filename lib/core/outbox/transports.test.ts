import { afterEach, describe, expect, it, vi } from "vitest";

const send = vi.fn();
vi.mock("resend", () => ({
  Resend: class {
    constructor(readonly apiKey: string) {}
    emails = { send };
  },
}));

const { localMailboxTransport, resendTransport, transportFromEnv } = await import("./transports");
const { env } = await import("@/lib/core/env");

const message = { id: 42, to: "camille@exemple.fr", subject: "Objet", html: "<p>Bonjour</p>", text: "Bonjour", idempotencyKey: "outbox/42" };

afterEach(() => {
  send.mockReset();
  vi.unstubAllEnvs();
});

describe("resendTransport", () => {
  it("sends with the outbox idempotency key and returns the provider id", async () => {
    send.mockResolvedValue({ data: { id: "re_123" }, error: null });
    const result = await resendTransport("re_key", "SSES <no-reply@sses.fr>").send(message);
    expect(send).toHaveBeenCalledWith(
      { from: "SSES <no-reply@sses.fr>", to: "camille@exemple.fr", subject: "Objet", html: "<p>Bonjour</p>", text: "Bonjour" },
      { idempotencyKey: "outbox/42" },
    );
    expect(result).toEqual({ providerMessageId: "re_123" });
  });

  it("throws the provider's error, so that the outbox retries", async () => {
    send.mockResolvedValue({ data: null, error: { name: "rate_limit_exceeded", message: "Too many requests" } });
    await expect(resendTransport("re_key", "x@sses.fr").send(message)).rejects.toThrow("Resend rate_limit_exceeded: Too many requests");
  });
});

describe("transportFromEnv", () => {
  it("is the local mailbox without RESEND_API_KEY", async () => {
    expect(env().RESEND_API_KEY).toBeUndefined();
    expect(transportFromEnv().name).toBe("local");
    expect(await localMailboxTransport().send(message)).toEqual({});
  });
});
