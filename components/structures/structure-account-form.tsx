"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { STRUCTURE_ERRORS, StructureStep, toFormData, type StructureForm } from "@/components/signup/structure-step";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonGroup } from "@/components/ui/button";
import { Checkbox, RequiredFieldsNotice, type SelectOption } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/core/actions/result";
import { useActionForm, useSchemaForm } from "@/lib/core/actions/use-action-form";
import { signupStructureSchema, type SignupStructureInput } from "@/lib/signups/schemas";
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

/**
 * « Mon compte offreur » (guide IDF): the fields of sign-up step 1, with the sign-up's own field set
 * and schema, the current logo and its replacement. « Enregistré avec succès » once saved.
 */
export function StructureAccountForm({ defaults, offererTypes, currentLogoUrl, save = updateStructureAction, savedText }: Props) {
  const router = useRouter();
  const form: StructureForm = useSchemaForm(signupStructureSchema, { defaultValues: defaults });
  const { topId, formError, done, submitWith, clear } = useActionForm(form, STRUCTURE_ERRORS);
  const [logo, setLogo] = useState<File | null>(null);
  const [logoError, setLogoError] = useState<string>();
  const [removeLogo, setRemoveLogo] = useState(false);
  const pending = form.formState.isSubmitting;

  const send = submitWith(
    (values) => {
      const data = toFormData(values, logo);
      if (removeLogo && !logo) data.append("removeLogo", "on");
      return save(data);
    },
    () => {
      setLogo(null);
      setRemoveLogo(false);
      form.reset(form.getValues());
      router.refresh();
    },
    (result) => setLogoError(result.fieldErrors?.logo?.[0]),
  );

  // A logo refused when chosen is corrected first: the server would refuse it again.
  function submit(event: FormEvent) {
    if (!logoError) return send(event);
    event.preventDefault();
    document.getElementById("logo")?.focus();
  }

  return (
    <div className="max-w-3xl">
      <FormStatus id={topId} error={formError} errorTitle="Les modifications ne sont pas enregistrées" errorTestId="structure-error">
        {done && (
          <Alert tone="success" title="Enregistré avec succès" data-testid="structure-saved">
            <p>{savedText ?? "Les informations de votre structure sont à jour, y compris sur vos offres publiées."}</p>
          </Alert>
        )}
      </FormStatus>
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
              clear();
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
