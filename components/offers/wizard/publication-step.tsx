"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import type { MissingStep } from "@/lib/offers/completeness";
import { publicationStepSchema, type PublicationStepInput } from "@/lib/offers/schemas";
import { publicationDatesCell } from "@/lib/offers/publication-text";
import type { RunStep, WizardCapabilities, WizardTarget } from "./types";
import { useStepForm } from "./use-step-form";
import { WizardFrame } from "./wizard-frame";
import { fieldProps } from "@/lib/core/actions/use-action-form";

type Props = {
  offerId: number | null;
  defaults: PublicationStepInput;
  /** Today (Paris), or the saved start when it is already earlier. */
  earliestStart: string;
  missing: MissingStep[];
  run: RunStep;
  pending: boolean;
  capabilities: WizardCapabilities;
};

/** Étape 4 « Publication » (docs/produit.md#les-dates-decident, guide IDF « règles de gestion des dates »). */
export function PublicationStep({ offerId, defaults, earliestStart, missing, run, pending, capabilities }: Props) {
  const readOnly = !capabilities.datesEditable;
  const { form, go } = useStepForm({ step: "publication", schema: publicationStepSchema(earliestStart), defaults, run, readOnly });
  const revision = capabilities.mode === "revision";
  const hrefOf = (n: number) => (offerId ? `/espace/offres/${offerId}?etape=${n}` : "#");
  const [confirmOwn, setConfirmOwn] = useState(false);
  const labels = finalLabels(capabilities);
  const final = (target: WizardTarget, label: string, variant: "primary" | "secondary") => (
    <Button
      variant={variant}
      // Validating what one wrote oneself publishes it with nobody else reading it: asked first.
      onClick={() => (target === "validate" && capabilities.ownWork ? setConfirmOwn(true) : go(target))}
      disabled={pending}
    >
      {label}
    </Button>
  );

  return (
    <WizardFrame
      step={4}
      offerId={offerId}
      capabilities={capabilities}
      pending={pending}
      go={go}
      finalActions={
        <>
          {capabilities.canSubmit && final("submit", labels.submit, capabilities.canValidate ? "secondary" : "primary")}
          {capabilities.canValidate && final("validate", labels.validate, "primary")}
          <Dialog
            open={confirmOwn}
            onOpenChange={setConfirmOwn}
            size="sm"
            title={revision ? "Valider votre propre modification ?" : "Valider votre propre offre ?"}
            description={
              revision
                ? "Vous avez rédigé cette modification : en la validant, elle remplace la version publiée sans qu'une autre personne l'ait relue."
                : "Vous avez rédigé cette offre : en la validant, elle sera publiée aux dates choisies sans qu'une autre personne l'ait relue."
            }
            footer={
              <DialogActions
                confirmLabel={labels.validate}
                pending={pending}
                pendingLabel="Un instant…"
                onConfirm={() => {
                  setConfirmOwn(false);
                  go("validate");
                }}
              />
            }
          />
        </>
      }
    >
      {readOnly ? (
        <>
          <p>
            <strong>Dates de publication :</strong>{" "}
            {publicationDatesCell(String(defaults.publicationStart || "") || null, String(defaults.publicationEnd || "") || null)}
          </p>
          <Alert tone="info" role="none">
            {revision
              ? "Les dates d'une offre validée ou publiée se modifient depuis la fiche de l'offre, sans validation : « Modifier les dates » ou « Arrêter la publication »."
              : "Pour publier à nouveau une offre caduque, utilisez « Renouveler » depuis la fiche de l'offre, avec les nouvelles dates."}
          </Alert>
        </>
      ) : (
        <>
          <div className="grid grid-cols-1 gap-x-6 md:grid-cols-2">
            <TextField label="Date de début de publication" type="date" required min={earliestStart} {...fieldProps(form, "publicationStart")} />
            <TextField label="Date de fin de publication" type="date" required {...fieldProps(form, "publicationEnd")} />
          </div>
          <Alert tone="info" role="none" title="Les dates et l'état de l'offre">
            <ul className="m-0 pl-5 text-sm">
              <li>La date de début ne peut pas être antérieure à la date du jour.</li>
              <li>Une fois validée, l&apos;offre est « Validée » jusqu&apos;à sa date de début, puis « Publiée », puis « Caduque » après sa date de fin.</li>
              <li>Les dernières publications apparaissent en tête de la liste publique.</li>
            </ul>
          </Alert>
        </>
      )}
      {(capabilities.canSubmit || capabilities.canValidate) && (
        <section aria-labelledby="et-ensuite" className="mb-6" data-testid="final-actions-help">
          <h3 id="et-ensuite" className="text-lg">
            Et ensuite ?
          </h3>
          <ul>
            {capabilities.canValidate && (
              <li>
                <strong>« {labels.validate} »</strong> :{" "}
                {revision
                  ? "vous validez vous-même la modification, qui remplace aussitôt la version publiée."
                  : "vous validez vous-même l'offre ; elle sera « Validée » jusqu'à sa date de début, puis « Publiée » sur le site jusqu'à sa date de fin."}
              </li>
            )}
            {capabilities.canSubmit && (
              <li>
                <strong>« {labels.submit} »</strong> :{" "}
                {capabilities.validatedBy === "ARS"
                  ? "l'ARS, qui valide les offres de votre région, est prévenue par courriel et décide de la publication."
                  : "les valideurs de la structure sont prévenus par courriel ; l'un d'eux la valide ou vous la renvoie avec un commentaire."}
                {revision ? " En attendant, la version publiée reste en ligne." : " En attendant, elle n'est pas sur le site public."}
              </li>
            )}
            <li>
              <strong>« {capabilities.saveLabel} »</strong> : vous gardez votre saisie sans rien envoyer.
            </li>
          </ul>
        </section>
      )}
      {(capabilities.canSubmit || capabilities.canValidate) && missing.length > 0 && (
        <section aria-labelledby="a-completer" className="mb-6">
          <h3 id="a-completer" className="text-lg">
            À compléter avant de demander la validation
          </h3>
          <ul>
            {missing.map((step) => (
              <li key={step.step}>
                <a href={hrefOf(step.stepNumber)}>
                  Étape {step.stepNumber} « {step.stepLabel} »
                </a>{" "}
                : {step.fields.map((field) => field.label).join(", ")}
              </li>
            ))}
          </ul>
        </section>
      )}
    </WizardFrame>
  );
}

/** The final buttons say what they do and to whom (docs/produit.md#qui-valide). */
function finalLabels({ mode, validatedBy }: WizardCapabilities) {
  const to = validatedBy === "ARS" ? "à l'ARS" : "à un valideur de la structure";
  return mode === "revision"
    ? { submit: `Demander la validation de la modification ${to}`, validate: "Valider et publier la modification" }
    : { submit: `Demander la validation ${to}`, validate: "Valider et publier aux dates choisies" };
}
