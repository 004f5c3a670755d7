"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RadioGroup, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { fieldProps, useActionForm, useSchemaForm } from "@/lib/core/actions/use-action-form";
import { updateRegionSettingsAction } from "@/lib/regions/actions";
import { OFFER_VALIDATION_LABELS, regionSettingsSchema, type RegionSettingsInput } from "@/lib/regions/schemas";

const FIELDS = ["offerValidation", "contactEmail"] as const;

type Props = {
  defaults: { offerValidation: "STRUCTURE" | "ARS"; contactEmail: string };
  /** What waits now, by whoever validates it: it stays there whatever is chosen. */
  waiting: { STRUCTURE: number; ARS: number };
};

const offers = (count: number) => `${count} offre${count > 1 ? "s" : ""} ou modification${count > 1 ? "s" : ""}`;

/** « Paramètres de la région » (docs/produit.md#qui-valide): who validates offers, the ARS's contact address. */
export function RegionSettingsForm({ defaults, waiting }: Props) {
  const form = useSchemaForm<typeof regionSettingsSchema, RegionSettingsInput>(regionSettingsSchema, { defaultValues: defaults });
  const { topId, formError, done, submitWith } = useActionForm(form, { fields: FIELDS });
  const submit = submitWith(updateRegionSettingsAction, (_data, values) => {
    form.reset(values);
  });

  return (
    <div className="max-w-3xl">
      <FormStatus id={topId} error={formError} errorTitle="Les paramètres ne sont pas enregistrés">
        {done && <Alert tone="success" title="Enregistré avec succès" data-testid="settings-saved" />}
      </FormStatus>
      <form noValidate onSubmit={submit} aria-label="Paramètres de la région">
        <RadioGroup
          label="Validation des offres"
          required
          hint={
            <>
              Qui valide les offres des structures de la région, et les modifications de leurs offres publiées. Un changement s&apos;applique aux demandes de
              validation envoyées après l&apos;enregistrement : ce qui attend déjà reste où il est (en ce moment, {offers(waiting.ARS)} attendent l&apos;ARS et{" "}
              {offers(waiting.STRUCTURE)} attendent les valideurs de leur structure).
            </>
          }
          options={[
            {
              value: "STRUCTURE",
              label: OFFER_VALIDATION_LABELS.STRUCTURE,
              hint: "Chaque structure valide ses offres : les utilisateurs qui ont la permission « Valideur d'offres ». L'ARS peut toujours dépublier une offre.",
            },
            {
              value: "ARS",
              label: OFFER_VALIDATION_LABELS.ARS,
              hint: "Les administrateurs de la région valident ou renvoient pour correction chaque offre et chaque modification, depuis « Offres à valider » ; les valideurs des structures ne valident plus.",
            },
          ]}
          {...fieldProps(form, "offerValidation")}
        />
        <TextField
          label="Adresse de contact de l'ARS"
          type="email"
          autoComplete="email"
          hint="Donnée aux structures dans les courriels et les pages d'aide, pour toute question sur la plateforme. Laisser vide pour n'en donner aucune."
          {...fieldProps(form, "contactEmail")}
        />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Enregistrement…" : "Enregistrer"}
        </Button>
      </form>
    </div>
  );
}
