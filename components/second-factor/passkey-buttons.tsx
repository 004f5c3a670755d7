"use client";

import { startAuthentication, startRegistration } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { runAction } from "@/lib/core/actions/form-errors";
import type { ActionResult } from "@/lib/core/actions/result";
import {
  passkeyLoginAction,
  passkeyLoginOptionsAction,
  passkeyRegistrationOptionsAction,
  passkeySecondFactorOptionsAction,
  registerPasskeyAction,
  verifyPasskeySecondFactorAction,
} from "@/lib/core/auth/second-factor/passkey-actions";

const CANCELLED = "La clé d'accès n'a pas répondu (demande annulée ou délai dépassé). Réessayez.";

/**
 * One WebAuthn ceremony: the server's options, the browser's dialog, the server's check. A refusal
 * or a cancelled dialog is said beside the button; a success refreshes or the server redirects.
 */
function usePasskeyCeremony<O>(
  options: () => Promise<ActionResult<O>>,
  ask: (options: O) => Promise<unknown>,
  finish: (response: string) => Promise<ActionResult<unknown>>,
) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  function run() {
    setError(undefined);
    startTransition(async () => {
      const started = await runAction(options);
      if (!started.ok) return setError(started.message);
      let answer: unknown;
      try {
        answer = await ask(started.data);
      } catch {
        return setError(CANCELLED);
      }
      const result = await runAction(() => finish(JSON.stringify(answer)));
      // A redirect() answers nothing: the page is already leaving.
      if (result === undefined) return;
      if (!result.ok) return setError(result.message);
      router.refresh();
    });
  }
  return { error, pending, run };
}

type Props<O> = {
  label: string;
  variant?: ButtonVariant;
  options: () => Promise<ActionResult<O>>;
  ask: (options: O) => Promise<unknown>;
  finish: (response: string) => Promise<ActionResult<unknown>>;
};

function CeremonyButton<O>({ label, variant = "secondary", options, finish, ask }: Props<O>) {
  const { error, pending, run } = usePasskeyCeremony(options, ask, finish);
  return (
    <div className="mb-6">
      {error && (
        <Alert tone="error" size="sm" className="mb-4" role="alert">
          <p>{error}</p>
        </Alert>
      )}
      <Button variant={variant} disabled={pending} onClick={run}>
        {pending ? "Patientez…" : label}
      </Button>
    </div>
  );
}

/** « Ajouter une clé d'accès » (« Mon profil »). */
export function AddPasskeyButton() {
  return (
    <CeremonyButton
      label="Ajouter une clé d'accès"
      options={() => passkeyRegistrationOptionsAction({})}
      ask={(optionsJSON) => startRegistration({ optionsJSON })}
      finish={(response) => registerPasskeyAction({ response })}
    />
  );
}

/** The login's second step with a passkey of the account. */
export function PasskeySecondFactorButton({ returnTo }: { returnTo?: string }) {
  return (
    <CeremonyButton
      label="Utiliser une clé d'accès"
      options={() => passkeySecondFactorOptionsAction({})}
      ask={(optionsJSON) => startAuthentication({ optionsJSON })}
      finish={(response) => verifyPasskeySecondFactorAction({ response, retour: returnTo })}
    />
  );
}

/** « Se connecter avec une clé d'accès » on /connexion: no email, no password. */
export function PasskeyLoginButton({ returnTo }: { returnTo?: string }) {
  return (
    <CeremonyButton
      label="Se connecter avec une clé d'accès"
      options={() => passkeyLoginOptionsAction({})}
      ask={(optionsJSON) => startAuthentication({ optionsJSON })}
      finish={(response) => passkeyLoginAction({ response, retour: returnTo })}
    />
  );
}
