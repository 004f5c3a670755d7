"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { resendLinkAction } from "@/lib/core/auth/oidc/actions";

/** « Renvoyer le lien »: a new confirmation link to the same address; the earlier one stops working. */
export function ResendLinkButton() {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="flex flex-col items-start gap-4">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const answer = await resendLinkAction({});
            setResult(
              answer.ok
                ? { ok: true, text: `Un nouveau lien a été envoyé à ${answer.data.email}. Le précédent ne fonctionne plus.` }
                : { ok: false, text: answer.message ?? "Le lien n'a pas pu être renvoyé." },
            );
          })
        }
      >
        Renvoyer le lien
      </Button>
      {result && (
        <Alert tone={result.ok ? "success" : "error"} size="sm">
          <p>{result.text}</p>
        </Alert>
      )}
    </div>
  );
}
