import "server-only";
import { cookies } from "next/headers";
import type { IdentityProvider } from "@/db/schema";
import { env } from "@/lib/core/env";
import type { Flow } from "./client";
import { PENDING_LINK_SECONDS } from "./identities";

/**
 * The two short-lived cookies of a sign-on (httpOnly, SameSite=Lax so that they come back with the
 * provider's redirect): the flow's state, nonce and PKCE verifier, between the button and the
 * callback; and the pending link, for « Renvoyer le lien ». Neither is a session.
 */
const FLOW_COOKIE = "sses-oidc-flow";
const PENDING_COOKIE = "sses-oidc-link";

const secure = () => env().APP_URL.startsWith("https:");

export async function keepFlow(flow: Flow): Promise<void> {
  (await cookies()).set(FLOW_COOKIE, JSON.stringify(flow), { httpOnly: true, sameSite: "lax", secure: secure(), path: "/api/oidc", maxAge: 10 * 60 });
}

/** The flow of this browser, used once: read and deleted. */
export async function takeFlow(): Promise<Flow | null> {
  const store = await cookies();
  const value = store.get(FLOW_COOKIE)?.value;
  store.delete({ name: FLOW_COOKIE, path: "/api/oidc" });
  try {
    const flow = value ? (JSON.parse(value) as Partial<Flow>) : null;
    if (!flow || ![flow.provider, flow.state, flow.nonce, flow.verifier].every((part) => typeof part === "string")) return null;
    if (flow.link !== undefined && ![flow.link?.userId, flow.link?.sessionId].every((part) => typeof part === "string")) return null;
    return flow as Flow;
  } catch {
    return null;
  }
}

export type PendingLinkCookie = { requestId: string; email: string; provider: IdentityProvider };

export async function keepPendingLink(pending: PendingLinkCookie): Promise<void> {
  (await cookies()).set(PENDING_COOKIE, JSON.stringify(pending), {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    maxAge: PENDING_LINK_SECONDS,
  });
}

export async function readPendingLink(): Promise<PendingLinkCookie | null> {
  const value = (await cookies()).get(PENDING_COOKIE)?.value;
  try {
    const pending = value ? (JSON.parse(value) as Partial<PendingLinkCookie>) : null;
    return pending && typeof pending.requestId === "string" && typeof pending.email === "string" && typeof pending.provider === "string"
      ? (pending as PendingLinkCookie)
      : null;
  } catch {
    return null;
  }
}
