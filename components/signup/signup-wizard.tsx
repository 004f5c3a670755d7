"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonGroup } from "@/components/ui/button";
import { RequiredFieldsNotice, type SelectOption } from "@/components/ui/field";
import { Stepper } from "@/components/ui/stepper";
import { applyServerErrors, FORM_ERROR, runAction } from "@/lib/core/actions/form-errors";
import type { ActionFailure, ActionResult } from "@/lib/core/actions/result";
import { useSchemaForm } from "@/lib/core/actions/use-action-form";
import { submitSignupAction, validateSignupStructureAction } from "@/lib/signups/actions";
import { ADMIN_FIELDS, signupAdminSchema, signupStructureSchema, type SignupAdminInput, type SignupStructureInput } from "@/lib/signups/schemas";
import { AdminStep, type AdminForm } from "./admin-step";
import { STRUCTURE_ERRORS, StructureStep, toFormData, type StructureForm } from "./structure-step";

const STEPS = ["Informations structure offreuse", "Informations du compte administrateur"];

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
  const heading = useFocusOnStep(step);

  const structureForm: StructureForm = useSchemaForm(signupStructureSchema, { defaultValues: EMPTY_STRUCTURE });
  const adminForm: AdminForm = useSchemaForm(signupAdminSchema, { defaultValues: EMPTY_ADMIN });

  async function call(action: (data: FormData) => Promise<ActionResult<unknown>>, data: FormData): Promise<ActionResult<unknown>> {
    setPending(true);
    setFormError(undefined);
    const result = await runAction(() => action(data));
    setPending(false);
    return result;
  }

  /** A refusal about the structure (its logo included) sends the visitor back to step 1. */
  function showServerErrors(result: ActionFailure) {
    const logoMessage = result.fieldErrors?.logo?.[0];
    setLogoError(logoMessage);
    const structure = applyServerErrors(structureForm, result, STRUCTURE_ERRORS);
    if (structure.onField || logoMessage) {
      setStep(1);
      return setFormError(FORM_ERROR);
    }
    setFormError(applyServerErrors(adminForm, result, { fields: ADMIN_FIELDS }).message);
  }

  const next = structureForm.handleSubmit(async () => {
    if (logoError) return document.getElementById("logo")?.focus();
    const result = await call(validateSignupStructureAction, toFormData(structureForm.getValues(), logo));
    if (!result.ok) return showServerErrors(result);
    setStep(2);
  });

  const submit = adminForm.handleSubmit(async () => {
    const result = await call(submitSignupAction, toFormData({ ...structureForm.getValues(), ...adminForm.getValues() }, logo));
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
          <StepButtons step={1} pending={pending} />
        </form>
      ) : (
        <form key="step-2" noValidate onSubmit={submit} aria-label={STEPS[1]}>
          <AdminStep form={adminForm} />
          <StepButtons
            step={2}
            pending={pending}
            onBack={() => {
              setFormError(undefined);
              setStep(1);
            }}
          />
        </form>
      )}
    </div>
  );
}

/** A new step is a new page for screen-reader and keyboard users: start them at its title. */
function useFocusOnStep(step: number) {
  const heading = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);
  return heading;
}

/** « Suivant » under step 1; « ← Retour » and « Enregistrer » under step 2. */
function StepButtons({ step, pending, onBack }: { step: 1 | 2; pending: boolean; onBack?: () => void }) {
  if (step === 1) {
    return (
      <ButtonGroup className="justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Vérification…" : "Suivant"}
        </Button>
      </ButtonGroup>
    );
  }
  return (
    <ButtonGroup className="justify-between">
      <Button variant="secondary" disabled={pending} onClick={onBack}>
        <span aria-hidden="true">←</span> Retour
      </Button>
      <Button type="submit" disabled={pending}>
        <span aria-hidden="true">✓</span> {pending ? "Envoi…" : "Enregistrer"}
      </Button>
    </ButtonGroup>
  );
}
