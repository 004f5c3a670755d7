"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import type { WizardCapabilities, WizardTarget } from "./types";

type Labels = { submit: string; validate: string };

/** The final buttons say what they do and to whom (docs/produit.md#qui-valide). */
export function finalLabels({ mode, validatedBy }: WizardCapabilities): Labels {
  const to = validatedBy === "ARS" ? "à l'ARS" : "à un valideur de la structure";
  return mode === "revision"
    ? { submit: `Demander la validation de la modification ${to}`, validate: "Valider et publier la modification" }
    : { submit: `Demander la validation ${to}`, validate: "Valider et publier aux dates choisies" };
}

type ActionsProps = { capabilities: WizardCapabilities; labels: Labels; pending: boolean; go: (target: WizardTarget) => void };

/** Step 4's « Demander la validation » and « Valider et publier » buttons, the latter confirmed first on one's own work. */
export function FinalActions({ capabilities, labels, pending, go }: ActionsProps) {
  const [confirmOwn, setConfirmOwn] = useState(false);
  const revision = capabilities.mode === "revision";
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
  );
}

/** « Et ensuite ? »: what each final button leads to, in the words of its label. */
export function FinalActionsHelp({ capabilities, labels }: { capabilities: WizardCapabilities; labels: Labels }) {
  const revision = capabilities.mode === "revision";
  return (
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
  );
}
