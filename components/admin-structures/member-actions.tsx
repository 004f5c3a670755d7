"use client";

import { Button, ButtonGroup } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { ActionConfirmButton } from "@/components/ui/confirm-button";
import { DeleteAccountButton } from "@/components/users/delete-account-button";
import { ResetSecondFactorButton } from "@/components/second-factor/reset-button";
import { fieldProps, useDialogForm, useSchemaForm } from "@/lib/core/actions/use-action-form";
import { changeMemberEmailAction, resendMemberActivationAction, setMemberAdminAction, setMemberFrozenAction } from "@/lib/structures/admin/actions";
import { changeMemberEmailSchema } from "@/lib/users/schemas";

export type MemberSummary = { id: string; name: string; email: string; isAdmin: boolean; isFrozen: boolean; isPending: boolean; hasSecondFactor: boolean };

const emailOnly = changeMemberEmailSchema.pick({ email: true });

/** « Modifier l'email »: the new address gets an activation link, the old one a notice. */
function ChangeEmailDialog({ member }: { member: MemberSummary }) {
  const form = useSchemaForm(emailOnly, { defaultValues: { email: member.email } });
  const { open, onOpenChange, topId, formError, submitWith } = useDialogForm(form, { fields: ["email"] });
  const submit = submitWith((values) => changeMemberEmailAction({ userId: member.id, email: values.email }));
  return (
    <Dialog
      title={`Modifier l'email de ${member.name}`}
      description="La nouvelle adresse reçoit un lien d'activation (valable 72 heures) pour choisir un mot de passe ; l'ancienne reçoit un avis. Les sessions ouvertes se ferment."
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (next) form.reset({ email: member.email });
      }}
      trigger={
        <Button size="sm" variant="secondary">
          Modifier l&apos;email<span className="sr-only"> de {member.name}</span>
        </Button>
      }
    >
      <FormStatus id={topId} error={formError} errorTitle="L'email n'est pas modifié" size="sm" />
      <form noValidate onSubmit={submit} aria-label={`Modifier l'email de ${member.name}`}>
        <TextField id={`email-${member.id}`} label="Nouvelle adresse email" type="email" required maxLength={254} {...fieldProps(form, "email")} />
        <ButtonGroup className="justify-end">
          <DialogClose asChild>
            <Button variant="secondary">Annuler</Button>
          </DialogClose>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Enregistrement…" : "Enregistrer l'email"}
          </Button>
        </ButtonGroup>
      </form>
    </Dialog>
  );
}

/** What the ARS may do to one account of the structure (docs/produit.md#pouvoirs-de-lars). */
export function MemberActions({ member }: { member: MemberSummary }) {
  const { id, name } = member;
  return (
    <div className="flex flex-wrap gap-2">
      <ChangeEmailDialog member={member} />
      {member.hasSecondFactor && <ResetSecondFactorButton userId={id} name={name} />}
      {member.isPending && (
        <ActionConfirmButton
          label="Renvoyer le lien d'activation"
          srSuffix={`à ${name}`}
          title={`Renvoyer le lien d'activation à ${name} ?`}
          description={`Un nouveau lien, valable 72 heures, part à ${member.email} ; les liens envoyés avant ne fonctionnent plus.`}
          confirmLabel="Renvoyer le lien"
          action={() => resendMemberActivationAction({ userId: id })}
        />
      )}
      <ActionConfirmButton
        label={member.isAdmin ? "Retirer la permission Administrateur" : "Donner la permission Administrateur"}
        srSuffix={`à ${name}`}
        title={member.isAdmin ? `Retirer la permission « Administrateur offreur » à ${name} ?` : `Donner la permission « Administrateur offreur » à ${name} ?`}
        description={
          member.isAdmin
            ? "Cette personne ne pourra plus gérer le compte offreur ni ses utilisateurs. La structure doit garder au moins un administrateur actif."
            : "Cette personne pourra modifier le compte offreur et gérer les utilisateurs de la structure."
        }
        confirmLabel={member.isAdmin ? "Retirer la permission" : "Donner la permission"}
        action={() => setMemberAdminAction({ userId: id, admin: !member.isAdmin })}
      />
      <ActionConfirmButton
        label={member.isFrozen ? "Dégeler" : "Geler"}
        srSuffix={name}
        title={`${member.isFrozen ? "Dégeler" : "Geler"} le compte de ${name} ?`}
        description={
          member.isFrozen
            ? "Cette personne pourra de nouveau se connecter."
            : "Cette personne ne pourra plus se connecter et ses sessions ouvertes se ferment. Rien n'est supprimé : vous pourrez la dégeler."
        }
        confirmLabel={member.isFrozen ? "Dégeler" : "Geler"}
        variant={member.isFrozen ? "primary" : "danger"}
        action={() => setMemberFrozenAction({ userId: id, frozen: !member.isFrozen })}
      />
      <DeleteAccountButton userId={id} userName={name} scope="ars" />
    </div>
  );
}
