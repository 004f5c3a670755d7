import "server-only";
import type { IdentityProvider } from "@/db/schema";
import { logger } from "@/lib/core/log/logger";
import { endSessionUrl } from "./client";
import { providerSettings } from "./providers";

/** Where « Se déconnecter » sends a session opened through a provider: its end_session_endpoint, or null (none, or unreachable). */
export async function providerLogoutUrl(provider: IdentityProvider, idToken: string): Promise<string | null> {
  const settings = providerSettings(provider);
  if (!settings) return null;
  try {
    return (await endSessionUrl(settings, idToken))?.toString() ?? null;
  } catch (error) {
    logger().warn({ provider, err: error instanceof Error ? error.message : String(error) }, "oidc logout unavailable");
    return null;
  }
}
