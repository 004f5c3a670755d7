"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { firstFieldError, type ActionResult } from "@/lib/core/actions/result";
import { requestPasswordLinkAction } from "@/lib/passwords/actions";

type State = ActionResult<{ message: string }> & { email?: string };

async function send(_previous: State | null, formData: FormData): Promise<State> {
  const email = String(formData.get("email") ?? "").slice(0, 254);
  return { ...(await requestPasswordLinkAction(formData)), email };
}

/**
 * The email form of « Mot de passe oublié ? » and of an expired link. The answer is the same
 * sentence whether or not an account exists (docs/produit.md#comptes-et-securite). Works without JavaScript.
 */
export function RequestLinkForm({ submitLabel = "Envoyer" }: { submitLabel?: string }) {
  const [state, formAction, pending] = useActionState<State | null, FormData>(send, null);
  if (state?.ok) {
    return (
      <Alert tone="success" title="Demande prise en compte" data-testid="link-sent">
        <p>{state.data.message}</p>
        <p>Le lien est valable peu de temps : utilisez-le dès sa réception. Pensez à vérifier vos courriers indésirables.</p>
      </Alert>
    );
  }
  return (
    <form action={formAction} noValidate className="max-w-xl">
      {state && !state.ok && !state.fieldErrors && state.message && (
        <Alert tone="error" title="Demande non envoyée">
          <p>{state.message}</p>
        </Alert>
      )}
      <TextField
        label="Adresse email"
        name="email"
        type="email"
        autoComplete="email"
        required
        hint="L'adresse qui vous sert d'identifiant. Format attendu : nom@domaine.fr"
        defaultValue={state?.email}
        error={firstFieldError(state, "email")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Envoi…" : submitLabel}
      </Button>
    </form>
  );
}
