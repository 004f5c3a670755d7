"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { confirmLinkAction } from "@/lib/core/auth/oidc/actions";

/** « Associer mon identité »: uses the emailed token; then the service's button on /connexion opens the account. */
export function ConfirmLinkForm({ token, providerName }: { token: string; providerName: string }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  if (result?.ok) {
    return (
      <Alert tone="success" title="Identité associée">
        <p>{result.text}</p>
        <p>
          <Link href="/connexion">Aller à la page de connexion</Link>
        </p>
      </Alert>
    );
  }
  return (
    <div className="flex flex-col items-start gap-4">
      {result && (
        <Alert tone="error" size="sm">
          <p>{result.text}</p>
        </Alert>
      )}
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const answer = await confirmLinkAction({ token });
            setResult(
              answer.ok
                ? { ok: true, text: `Vous pouvez désormais vous connecter avec ${answer.data.providerName}.` }
                : { ok: false, text: answer.message ?? "L'identité n'a pas pu être associée." },
            );
          })
        }
      >
        Associer mon identité {providerName}
      </Button>
    </div>
  );
}
