import { randomInt } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { createUser } from "@/test/factories";

// The real action through the real door; only the socket's address is stood in for (and after(), run at once).
const address = vi.hoisted(() => ({ current: "198.51.100.1" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sses-socket-address": address.current }) }));
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), after: () => {} }));
const { requestPasswordLinkAction } = await import("./actions");
const { PASSWORD_LINK_REQUESTS_PER_ADDRESS_PER_HOUR, LINK_REQUESTS_THROTTLED_MESSAGE } = await import("./service");

describe("« Mot de passe oublié ? » from one address (issue 14, finding 3)", () => {
  it("takes exactly the allowed number out of a parallel burst, for any addresses typed, then refuses with a message; another address is unaffected", async () => {
    const user = await createUser(db);
    address.current = `203.0.113.${randomInt(1, 255)}`;
    const emails = Array.from({ length: PASSWORD_LINK_REQUESTS_PER_ADDRESS_PER_HOUR + 10 }, (_, i) => (i % 2 ? user.email : `inconnu.${i}@exemple.test`));
    const answers = await Promise.all(emails.map((email) => requestPasswordLinkAction({ email })));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(PASSWORD_LINK_REQUESTS_PER_ADDRESS_PER_HOUR);
    expect(answers.filter((answer) => !answer.ok && answer.message === LINK_REQUESTS_THROTTLED_MESSAGE)).toHaveLength(10);

    address.current = "203.0.113.254";
    expect(await requestPasswordLinkAction({ email: user.email })).toMatchObject({ ok: true });
  });
});
