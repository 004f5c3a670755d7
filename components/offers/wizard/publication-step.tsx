"use client";

import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import type { MissingStep } from "@/lib/offers/completeness";
import { publicationStepSchema, type PublicationStepInput } from "@/lib/offers/schemas";
import { publicationDatesCell } from "@/lib/offers/publication-text";
import { fieldProps } from "@/lib/core/actions/use-action-form";
import { FinalActions, FinalActionsHelp, finalLabels } from "./publication-final-actions";
import type { RunStep, WizardCapabilities } from "./types";
import { useStepForm } from "./use-step-form";
import { WizardFrame } from "./wizard-frame";

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
  const labels = finalLabels(capabilities);
  const sendable = capabilities.canSubmit || capabilities.canValidate;

  return (
    <WizardFrame
      step={4}
      offerId={offerId}
      capabilities={capabilities}
      pending={pending}
      go={go}
      finalActions={<FinalActions capabilities={capabilities} labels={labels} pending={pending} go={go} />}
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
      {sendable && <FinalActionsHelp capabilities={capabilities} labels={labels} />}
      {sendable && missing.length > 0 && <MissingSteps offerId={offerId} missing={missing} />}
    </WizardFrame>
  );
}

/** What the earlier steps still lack, each linking to its step. */
function MissingSteps({ offerId, missing }: { offerId: number | null; missing: MissingStep[] }) {
  const hrefOf = (n: number) => (offerId ? `/espace/offres/${offerId}?etape=${n}` : "#");
  return (
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
  );
}
