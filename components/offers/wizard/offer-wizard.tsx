"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { NETWORK_ERROR } from "@/lib/core/actions/form-errors";
import type { ActionFailure } from "@/lib/core/actions/result";
import { createOfferAction, saveOfferStepAction, submitOfferAction, validateOfferAction } from "@/lib/offers/actions";
import type { MissingStep } from "@/lib/offers/completeness";
import type { OfferReferenceOptions } from "@/lib/offers/references";
import { STEP_KEYS, type DescriptionStepInput, type SaveOfferStepInput } from "@/lib/offers/schemas";
import type { WizardValues } from "@/lib/offers/wizard-values";
import type { AttachmentItem } from "./attachments-field";
import { ComplementsStep } from "./complements-step";
import { DescriptionStep } from "./description-step";
import { ModalitiesStep } from "./modalities-step";
import { PublicationStep } from "./publication-step";
import type { RunStep, WizardCapabilities, WizardTarget } from "./types";

type Props = {
  offerId: number | null;
  step: 1 | 2 | 3 | 4;
  values: WizardValues;
  references: OfferReferenceOptions;
  earliestStart: string;
  attachments: AttachmentItem[];
  missing: MissingStep[];
  capabilities: WizardCapabilities;
  /** « Brouillon enregistré » after the first save of a new offer (it moved to its own URL). */
  justSaved?: boolean;
};

type Banner = { tone: "success" | "error"; text: string } | null;

/**
 * The four-step offer wizard (docs/produit.md#assistant-en-quatre-etapes, guide IDF). Each step is its own form; every move (« Suivant »,
 * « ← Retour », a click on the diagram) saves the step first, so nothing typed is lost, and the
 * page then shows what the server kept. « Demander la validation » and « Valider » save step 4,
 * then ask the server, which checks the four steps again.
 */
export function OfferWizard({ offerId, step, values, references, earliestStart, attachments, missing, capabilities, justSaved }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [banner, setBanner] = useState<Banner>(justSaved ? { tone: "success", text: "Brouillon enregistré." } : null);
  const bannerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (banner?.tone === "error") bannerRef.current?.focus();
  }, [banner]);

  function fail(result: ActionFailure): ActionFailure {
    setBanner({ tone: "error", text: result.message ?? "L'enregistrement n'a pas abouti." });
    return result;
  }

  const run: RunStep = async (stepKey, stepValues, target: WizardTarget) => {
    setPending(true);
    setBanner(null);
    try {
      let id = offerId;
      if (id === null) {
        const created = await createOfferAction({ values: stepValues as DescriptionStepInput });
        if (!created.ok) return fail(created);
        id = created.data.offerId;
      } else if (stepValues !== null) {
        const saved = await saveOfferStepAction({ offerId: id, step: stepKey, values: stepValues } as SaveOfferStepInput);
        if (!saved.ok) return fail(saved);
      }
      if (target === "submit" || target === "validate") {
        const action = target === "submit" ? submitOfferAction : validateOfferAction;
        const result = await action({ offerId: id });
        if (!result.ok) return fail(result);
        router.push(`/espace/offres/${id}?message=${target === "submit" ? "validation-demandee" : "decision"}`);
        return undefined;
      }
      if (target === "stay") {
        if (offerId === null) router.push(`/espace/offres/${id}?etape=${step}&enregistre=1`);
        else {
          setBanner({
            tone: "success",
            text: capabilities.mode === "revision" ? "Modification enregistrée : elle reste à valider." : "Enregistré avec succès.",
          });
          router.refresh();
        }
        return undefined;
      }
      router.push(`/espace/offres/${id}?etape=${target}`);
      return undefined;
    } catch {
      setBanner({ tone: "error", text: NETWORK_ERROR });
      return undefined;
    } finally {
      setPending(false);
    }
  };

  const common = { offerId, run, pending, capabilities };
  return (
    <div>
      <div ref={bannerRef} tabIndex={-1} className="outline-none">
        {banner && (
          <Alert tone={banner.tone} title={banner.tone === "error" ? "Enregistrement impossible" : undefined}>
            {banner.text}
          </Alert>
        )}
      </div>
      {step === 1 && <DescriptionStep key={`${offerId}-1`} {...common} defaults={values.description} references={references} />}
      {step === 2 && <ModalitiesStep key={`${offerId}-2`} {...common} defaults={values.modalities} />}
      {step === 3 && <ComplementsStep key={`${offerId}-3`} {...common} defaults={values.complements} attachments={attachments} />}
      {step === 4 && <PublicationStep key={`${offerId}-4`} {...common} defaults={values.publication} earliestStart={earliestStart} missing={missing} />}
      <p className="sr-only" aria-live="polite">
        {pending ? "Enregistrement en cours…" : ""}
      </p>
    </div>
  );
}

export { STEP_KEYS };
