import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/core/env";
import { AppError } from "@/lib/core/errors";
import { PASSKEY_REFUSED_MESSAGE } from "./passkeys";

// The id of the WebAuthn challenge this browser was given (the challenge itself stays in the database).
const COOKIE = "sses-webauthn";

export async function keepChallenge(challengeId: string): Promise<void> {
  (await cookies()).set(COOKIE, challengeId, {
    httpOnly: true,
    sameSite: "strict",
    secure: env().APP_URL.startsWith("https:"),
    path: "/",
    maxAge: 300,
  });
}

export async function takeChallengeId(): Promise<string> {
  const store = await cookies();
  const id = store.get(COOKIE)?.value;
  store.delete(COOKIE);
  if (!id || !/^[0-9a-f-]{36}$/.test(id)) throw new AppError("INVALID", PASSKEY_REFUSED_MESSAGE);
  return id;
}
