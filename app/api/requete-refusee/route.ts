import { REFUSALS } from "@/lib/core/http/action-body-guard";
import { plainText } from "@/lib/core/http/plain-text";

/**
 * Where lib/core/http/action-body-guard.ts sends a request its headers show Next would answer with a
 * bare 500: the body was never read, the answer says what to do, in French.
 */
export function POST(request: Request): Response {
  const { status, text } = REFUSALS[new URL(request.url).searchParams.get("motif") === "taille" ? "taille" : "forme"];
  return plainText(text, status);
}
