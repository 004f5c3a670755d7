"use client";

import type { ReactNode } from "react";
import { Button, ButtonGroup } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { RequiredFieldsNotice } from "@/components/ui/field";
import { Stepper } from "@/components/ui/stepper";
import { deleteOfferAction } from "@/lib/offers/actions";
import { OFFER_STEPS } from "@/lib/offers/schemas";
import { ConfirmActionButton } from "../confirm-action-button";
import type { WizardCapabilities, WizardTarget } from "./types";

type Props = {
  step: 1 | 2 | 3 | 4;
  offerId: number | null;
  capabilities: WizardCapabilities;
  pending: boolean;
  go: (target: WizardTarget) => void;
  children: ReactNode;
  /** Step 4 adds « Demander la validation » / « Valider ». */
  finalActions?: ReactNode;
};

const LABELS = OFFER_STEPS.map((step) => step.label);

/**
 * The frame of every step: the progress diagram (each step a link: guide IDF « naviguer via le
 * diagramme de progression »; the click saves what was typed first), the DSFR stepper, the fields
 * and « ← Retour » / « Enregistrer » / « Suivant ». Without JavaScript the links still navigate.
 */
export function WizardFrame({ step, offerId, capabilities, pending, go, children, finalActions }: Props) {
  const href = (n: number) => (offerId ? `/espace/offres/${offerId}?etape=${n}` : `/espace/offres/nouvelle`);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        go(step < 4 ? ((step + 1) as WizardTarget) : "stay");
      }}
    >
      <StepLinks step={step} href={href} go={go} />
      <Stepper steps={LABELS} current={step} />
      {/* Only steps 1 and 4 have starred fields; « Modalités » and « Compléments » are free to leave empty until validation is asked. */}
      {(step === 1 || step === 4) && <RequiredFieldsNotice />}
      {children}
      <div className="mt-8 flex flex-wrap items-center justify-between gap-4 border-t border-grey-900 pt-6">
        <ButtonGroup>
          {step > 1 && (
            <Button variant="tertiary" onClick={() => go((step - 1) as WizardTarget)} disabled={pending}>
              <span aria-hidden="true">←</span> Retour
            </Button>
          )}
          <Button variant="secondary" onClick={() => go("stay")} disabled={pending}>
            {capabilities.saveLabel}
          </Button>
          {offerId && capabilities.canDelete && (
            <ConfirmActionButton
              offerId={offerId}
              label="Supprimer le brouillon"
              size="md"
              variant="tertiary"
              confirmVariant="danger"
              title="Supprimer ce brouillon ?"
              description="L'offre en cours de création sera retirée de la liste. Un administrateur régional peut la récupérer si besoin."
              confirmLabel="Supprimer le brouillon"
              action={deleteOfferAction}
              then="list"
            />
          )}
        </ButtonGroup>
        <ButtonGroup>
          {step < 4 ? (
            <Button type="submit" disabled={pending}>
              Suivant <span aria-hidden="true">→</span>
            </Button>
          ) : (
            finalActions
          )}
        </ButtonGroup>
      </div>
    </form>
  );
}

/** The progress diagram: each step a link that, with JavaScript, saves what was typed before it moves. */
function StepLinks({ step, href, go }: { step: number; href: (n: number) => string; go: (target: WizardTarget) => void }) {
  return (
    <nav aria-label="Étapes de l'offre" className="mb-6">
      <ol className="m-0 flex list-none flex-wrap gap-2 p-0">
        {LABELS.map((label, index) => {
          const n = index + 1;
          const current = n === step;
          return (
            <li key={label}>
              <a
                href={href(n)}
                aria-current={current ? "step" : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  if (!current) go(n as WizardTarget);
                }}
                className={cx(
                  "inline-flex min-h-10 items-center gap-2 px-3 text-sm no-underline",
                  current ? "bg-blue-france font-bold text-white" : "bg-grey-975 text-blue-france hover:bg-grey-950",
                )}
              >
                <span aria-hidden="true" className="font-bold">
                  {n}
                </span>
                <span>
                  <span className="sr-only">Étape {n} : </span>
                  {label}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
