"use client";

import { useState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm, useSchemaForm, fieldProps } from "@/lib/core/actions/use-action-form";
import { confirmTotpEnrolmentAction } from "@/lib/core/auth/second-factor/actions";
import { enrolmentCodeSchema } from "@/lib/core/auth/second-factor/schemas";
import { RecoveryCodes } from "./recovery-codes";

type Props = {
  /** The QR code, an SVG data URL drawn on the server. */
  qrCode: string;
  /** The same secret in groups of four, for people who type it. */
  secret: string;
  /** Where « Continuer » leads once the recovery codes are kept. */
  next: string;
};

/** Enrolment of an authenticator app: scan (or type), a first code, then the recovery codes shown once. */
export function TotpEnrolment({ qrCode, secret, next }: Props) {
  const form = useSchemaForm(enrolmentCodeSchema, { defaultValues: { code: "" } });
  const { topId, formError, submitWith } = useActionForm(form);
  const [codes, setCodes] = useState<string[] | null>(null);
  // The codes replace the form: nothing more to say in its status area.
  const submit = submitWith(confirmTotpEnrolmentAction, (data) => {
    setCodes(data.recoveryCodes);
    return false;
  });

  if (codes) {
    return (
      <RecoveryCodes codes={codes}>
        <ButtonLink href={next}>J&apos;ai gardé mes codes, continuer</ButtonLink>
      </RecoveryCodes>
    );
  }

  return (
    <>
      <section aria-labelledby="titre-etape-1" className="mb-8">
        <h2 id="titre-etape-1">1. Ajoutez le compte dans votre application</h2>
        <p>
          Ouvrez votre application d&apos;authentification (par exemple FreeOTP, Google Authenticator, Microsoft Authenticator, ou celle de votre gestionnaire
          de mots de passe) et scannez ce QR code.
        </p>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn on the server: nothing for next/image to optimise */}
        <img src={qrCode} alt="QR code à scanner avec votre application d'authentification" width={200} height={200} className="my-4 border border-grey-900" />
        <p className="mb-1">Vous ne pouvez pas scanner ? Saisissez cette clé dans l&apos;application :</p>
        <p className="font-mono text-lg break-all" data-testid="totp-secret">
          {secret}
        </p>
      </section>
      <section aria-labelledby="titre-etape-2">
        <h2 id="titre-etape-2">2. Saisissez le code affiché</h2>
        <form noValidate onSubmit={submit} className="max-w-xl">
          <FormStatus id={topId} error={formError} errorTitle="Double authentification non activée" />
          <TextField
            label="Code à 6 chiffres"
            hint="Le code que l'application affiche maintenant pour « Service sanitaire »"
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            {...fieldProps(form, "code")}
          />
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Vérification…" : "Activer"}
          </Button>
        </form>
      </section>
    </>
  );
}
