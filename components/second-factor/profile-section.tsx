import { ButtonLink } from "@/components/ui/button";
import type { SecondFactorStatus } from "@/lib/core/auth/second-factor/totp-service";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { AddPasskeyButton } from "./passkey-buttons";
import { DisableTotpForm, PasskeyList, RegenerateRecoveryCodes } from "./profile-controls";

/** « Double authentification » in « Mon profil » (docs/produit.md#double-authentification). */
export function SecondFactorSection({ status, mandatory }: { status: SecondFactorStatus; mandatory: boolean }) {
  return (
    <section aria-labelledby="titre-double-authentification" className="mb-12">
      <h2 id="titre-double-authentification">Double authentification</h2>
      {status.totp ? (
        <>
          <p>
            <strong>Activée</strong> : à chaque connexion, après le mot de passe, le code de votre application d&apos;authentification vous est demandé.
            {mandatory && " Elle est obligatoire pour les administrateurs de l'ARS."}
          </p>
          <p data-testid="recovery-codes-left">
            Codes de secours restants : <strong>{status.recoveryCodesLeft}</strong> sur 10.
          </p>
          <RegenerateRecoveryCodes />
          {!mandatory && <DisableTotpForm />}
        </>
      ) : (
        <>
          <p className="max-w-3xl">
            Protégez votre compte par un second facteur : en plus du mot de passe, un code à 6 chiffres donné par une application sur votre téléphone. Même si
            quelqu&apos;un découvre votre mot de passe, il ne pourra pas se connecter.
          </p>
          <ButtonLink href="/espace/profil/double-authentification" variant="secondary">
            Activer la double authentification
          </ButtonLink>
        </>
      )}
      <h3 id="titre-cles-acces" className="mt-8">
        Clés d&apos;accès
      </h3>
      <p className="max-w-3xl">
        Une clé d&apos;accès (empreinte, visage, code de l&apos;appareil ou clé de sécurité USB) remplace le code de l&apos;application à la connexion, et
        permet aussi de se connecter sans mot de passe avec « Se connecter avec une clé d&apos;accès ».
      </p>
      <PasskeyList keys={status.passkeys.map((key) => ({ id: key.id, name: key.name, lastUsed: key.lastUsedAt ? formatDateTimeFr(key.lastUsedAt) : null }))} />
      <AddPasskeyButton />
    </section>
  );
}
