"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors, toFormData } from "@/components/signup/signup-wizard";
import { StructureStep, type StructureForm } from "@/components/signup/structure-step";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonGroup } from "@/components/ui/button";
import { Checkbox, RequiredFieldsNotice, type SelectOption } from "@/components/ui/field";
import type { ActionResult } from "@/lib/core/actions/result";
import { signupStructureSchema, STRUCTURE_FIELDS, type SignupStructureInput } from "@/lib/signups/schemas";
import { updateStructureAction } from "@/lib/structures/actions";

type Props = {
  defaults: SignupStructureInput;
  offererTypes: SelectOption[];
  /** The current logo, served to the structure's own users; null when it has none. */
  currentLogoUrl: string | null;
  /** Another door for the same form (the regional admin's, lib/structures/admin); « Mon compte offreur »'s by default. */
  save?: (data: FormData) => Promise<ActionResult<unknown>>;
  /** What « Enregistré avec succès » adds; written for the structure's own ADMIN by default. */
  savedText?: string;
};

const NETWORK_ERROR =
  "Les modifications n'ont pas pu être envoyées (connexion interrompue ?). Ce que vous avez saisi est conservé : réessayez dans un instant.";

/**
 * « Mon compte offreur » (guide IDF): the fields of sign-up step 1, with the sign-up's own field set
 * and schema, the current logo and its replacement. « Enregistré avec succès » once saved.
 */
export function StructureAccountForm({ defaults, offererTypes, currentLogoUrl, save = updateStructureAction, savedText }: Props) {
  const router = useRouter();
  const form: StructureForm = useForm({ resolver: zodResolver(signupStructureSchema), defaultValues: defaults, mode: "onTouched" });
  const [logo, setLogo] = useState<File | null>(null);
  const [logoError, setLogoError] = useState<string>();
  const [removeLogo, setRemoveLogo] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  const submit = form.handleSubmit(async () => {
    if (logoError) return document.getElementById("logo")?.focus();
    setPending(true);
    setSaved(false);
    setFormError(undefined);
    let result: ActionResult<unknown>;
    try {
      const data = toFormData(form.getValues(), logo);
      if (removeLogo && !logo) data.append("removeLogo", "on");
      result = await save(data);
    } catch {
      result = { ok: false, message: NETWORK_ERROR };
    } finally {
      setPending(false);
    }
    if (!result.ok) {
      setLogoError(result.fieldErrors?.logo?.[0]);
      applyFieldErrors(form, STRUCTURE_FIELDS, result.fieldErrors);
      setFormError(result.message ?? "Le formulaire contient des erreurs : corrigez les champs signalés.");
      if (!result.fieldErrors) document.getElementById("structure-form-status")?.focus();
      return;
    }
    setSaved(true);
    setLogo(null);
    setRemoveLogo(false);
    form.reset(form.getValues());
    router.refresh();
    document.getElementById("structure-form-status")?.focus();
  });

  return (
    <div className="max-w-3xl">
      <div id="structure-form-status" tabIndex={-1} className="focus:outline-none">
        {saved && (
          <Alert tone="success" title="Enregistré avec succès" data-testid="structure-saved">
            <p>{savedText ?? "Les informations de votre structure sont à jour, y compris sur vos offres publiées."}</p>
          </Alert>
        )}
        {formError && (
          <Alert tone="error" title="Les modifications ne sont pas enregistrées" data-testid="structure-error">
            <p>{formError}</p>
          </Alert>
        )}
      </div>
      <RequiredFieldsNotice />
      <form noValidate onSubmit={submit} aria-label="Mon compte offreur">
        <StructureStep form={form} offererTypes={offererTypes} logo={logo} onLogoChange={setLogo} logoError={logoError} onLogoError={setLogoError} />
        {currentLogoUrl && !logo && (
          <div className="mb-6 flex flex-wrap items-center gap-4">
            {/* eslint-disable-next-line @next/next/no-img-element -- served by our own route at its stored size (1 MB at most) */}
            <img src={currentLogoUrl} alt="Logo actuel de la structure" className="max-h-24 max-w-48 border border-grey-900 object-contain p-1" />
            <Checkbox
              label="Retirer le logo actuel"
              name="removeLogo"
              hint="Vos offres s'afficheront sans logo."
              checked={removeLogo}
              onChange={(event) => setRemoveLogo(event.target.checked)}
              groupClassName="mb-0"
            />
          </div>
        )}
        <ButtonGroup className="justify-end">
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() => {
              form.reset(defaults);
              setLogo(null);
              setLogoError(undefined);
              setRemoveLogo(false);
              setFormError(undefined);
              setSaved(false);
            }}
          >
            Annuler
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? "Enregistrement…" : "Enregistrer"}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
