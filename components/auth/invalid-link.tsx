import { PublicShell } from "@/components/layout/page-shell";
import { RequestLinkForm } from "./request-link-form";

/**
 * An activation or reset link that is unknown, already used or expired: say so plainly and offer a
 * new one at once (guide SAS: « Si le lien a expiré… récupérer un nouveau lien d'activation »).
 */
export function InvalidLink() {
  return (
    <PublicShell>
      <div className="max-w-3xl">
        <h1>Ce lien n&apos;est plus valide</h1>
        <p className="text-lg">
          Il a déjà servi, ou il a expiré : un lien d&apos;activation est valable 72 heures, un lien de réinitialisation 2 heures, et chacun ne sert qu&apos;une
          fois.
        </p>
        <h2>Recevoir un nouveau lien</h2>
        <p>
          Indiquez votre adresse email : si votre compte n&apos;est pas encore activé, vous recevrez un nouveau lien d&apos;activation, sinon un lien pour
          choisir un nouveau mot de passe.
        </p>
        <RequestLinkForm submitLabel="Recevoir un nouveau lien" />
      </div>
    </PublicShell>
  );
}
