import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/core/env";

/** `Authorization: Bearer <CRON_SECRET>`, compared in constant time (hashes have equal lengths). */
export function isAuthorizedCronRequest(request: Request): boolean {
  const secret = env().CRON_SECRET;
  if (!secret) return false;
  const given = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(secret));
}
