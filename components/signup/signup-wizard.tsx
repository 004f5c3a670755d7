"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonGroup } from "@/components/ui/button";
import { RequiredFieldsNotice, type SelectOption } from "@/components/ui/field";
import { Stepper } from "@/components/ui/stepper";
import type { ActionResult, FieldErrors } from "@/lib/core/actions/result";
import { submitSignupAction, validateSignupStructureAction } from "@/lib/signups/actions";
import {
  ADMIN_FIELDS,
  signupAdminSchema,
  signupStructureSchema,
  STRUCTURE_FIELDS,
  type SignupAdminInput,
  type SignupStructureInput,
} from "@/lib/signups/schemas";
import { AdminStep, type AdminForm } from "./admin-step";
import { StructureStep, type StructureForm } from "./structure-step";

const STEPS = ["Informations structure offreuse", "Informations du compte administrateur"];
const NETWORK_ERROR = "Votre demande n'a pas pu être envoyée (connexion interrompue ?). Ce que vous avez saisi est conservé : réessayez dans un instant.";

const EMPTY_STRUCTURE: SignupStructureInput = {
  offererTypeId: "",
  name: "",
  siren: "",
  street: "",
  addressComplement: "",
  postalCode: "",
  communeCode: "",
  communeName: "",
  legalRepCivility: "" as SignupStructureInput["legalRepCivility"],
  legalRepLastName: "",
  legalRepFirstName: "",
  legalRepFunction: "",
  description: "",
};
const EMPTY_ADMIN: SignupAdminInput = { firstName: "", lastName: "", jobTitle: "", email: "", phone: "" };

/** Puts the server's errors next to their fields; returns whether any belonged to this form. */
export function applyFieldErrors<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  fields: readonly string[],
  errors: FieldErrors | undefined,
): boolean {
  let first: Path<T> | undefined;
  for (const field of fields) {
    const message = errors?.[field]?.[0];
    if (!message) continue;
    const name = (field === "postalCode" ? "communeCode" : field) as Path<T>;
    form.setError(name, { type: "server", message });
    first ??= name;
  }
  if (first) setTimeout(() => (first === "communeCode" ? document.getElementById("commune")?.focus() : form.setFocus(first!)), 0);
  return first !== undefined;
}

export function toFormData(values: Record<string, unknown>, logo: File | null): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, typeof value === "string" ? value : "");
  if (logo) data.append("logo", logo);
  return data;
}

/**
 * « Créer un compte offreur » (docs/produit.md#inscription-dun-offreur): two steps, each validated in the browser with the shared
 * schema and again by the server. Both forms live here for the whole visit, so « ← Retour », a
 * refused field or a lost connection never erase what was typed.
 */
export function SignupWizard({ offererTypes }: { offererTypes: SelectOption[] }) {
  const router = useRouter();
  const [step, setStep] = useState<1 | 2>(1);
  const [logo, setLogo] = useState<File | null>(null);
  const [logoError, setLogoError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [pending, setPending] = useState(false);
  const heading = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  const structureForm: StructureForm = useForm({ resolver: zodResolver(signupStructureSchema), defaultValues: EMPTY_STRUCTURE, mode: "onTouched" });
  const adminForm: AdminForm = useForm({ resolver: zodResolver(signupAdminSchema), defaultValues: EMPTY_ADMIN, mode: "onTouched" });

  // A new step is a new page for screen-reader and keyboard users: start them at its title.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);

  async function call(action: (data: FormData) => Promise<ActionResult<unknown>>, data: FormData): Promise<ActionResult<unknown> | null> {
    setPending(true);
    setFormError(undefined);
    try {
      return await action(data);
    } catch {
      setFormError(NETWORK_ERROR);
      return null;
    } finally {
      setPending(false);
    }
  }

  function showServerErrors(result: ActionResult<unknown>) {
    if (result.ok) return;
    setLogoError(result.fieldErrors?.logo?.[0]);
    const onStructure = applyFieldErrors(structureForm, STRUCTURE_FIELDS, result.fieldErrors) || Boolean(result.fieldErrors?.logo);
    if (onStructure) {
      setStep(1);
    } else {
      applyFieldErrors(adminForm, ADMIN_FIELDS, result.fieldErrors);
    }
    // « Adresse déjà utilisée » is said next to the field; the banner only points at the fields.
    const fieldMessages = Object.values(result.fieldErrors ?? {}).flat();
    setFormError(
      result.message && !fieldMessages.includes(result.message) ? result.message : "Le formulaire contient des erreurs : corrigez les champs signalés.",
    );
  }

  const next = structureForm.handleSubmit(async () => {
    if (logoError) return document.getElementById("logo")?.focus();
    const result = await call(validateSignupStructureAction, toFormData(structureForm.getValues(), logo));
    if (!result) return;
    if (!result.ok) return showServerErrors(result);
    setStep(2);
  });

  const submit = adminForm.handleSubmit(async () => {
    const result = await call(submitSignupAction, toFormData({ ...structureForm.getValues(), ...adminForm.getValues() }, logo));
    if (!result) return;
    if (!result.ok) return showServerErrors(result);
    router.push("/inscription/confirmation");
  });

  return (
    <div className="max-w-3xl">
      <div ref={heading} tabIndex={-1} className="focus:outline-none">
        <Stepper steps={STEPS} current={step} />
      </div>
      {formError && (
        <Alert tone="error" title="Votre demande n'est pas encore envoyée" data-testid="signup-error">
          <p>{formError}</p>
        </Alert>
      )}
      <RequiredFieldsNotice />
      {step === 1 ? (
        // Distinct keys: reusing the DOM of the other step would turn « Retour » into the submit button mid-click.
        <form key="step-1" noValidate onSubmit={next} aria-label={STEPS[0]}>
          <StructureStep form={structureForm} offererTypes={offererTypes} logo={logo} onLogoChange={setLogo} logoError={logoError} onLogoError={setLogoError} />
          <ButtonGroup className="justify-end">
            <Button type="submit" disabled={pending}>
              {pending ? "Vérification…" : "Suivant"}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <form key="step-2" noValidate onSubmit={submit} aria-label={STEPS[1]}>
          <AdminStep form={adminForm} />
          <ButtonGroup className="justify-between">
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() => {
                setFormError(undefined);
                setStep(1);
              }}
            >
              <span aria-hidden="true">←</span> Retour
            </Button>
            <Button type="submit" disabled={pending}>
              <span aria-hidden="true">✓</span> {pending ? "Envoi…" : "Enregistrer"}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </div>
  );
}
