import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import type { ProviderSpec } from "@/lib/core/auth/oidc/providers";

/**
 * « Associer une identité » of « Mon profil »: one button per configured service, which runs its
 * sign-on and links the identity to this account (lib/core/auth/oidc/profile-link.ts). Plain links:
 * the route redirects to the service, which a form could not do under CSP `form-action 'self'`.
 */
export function LinkIdentityButtons({ providers }: { providers: ProviderSpec[] }) {
  if (providers.length === 0) return null;
  return (
    <div className="mt-6">
      <h3 className="text-lg">Associer une identité</h3>
      <p>Identifiez-vous auprès du service : l&apos;identité sera associée à ce compte, sans email de confirmation.</p>
      <ul className="m-0 flex list-none flex-wrap gap-4 p-0">
        {providers.map((provider) => (
          <li key={provider.id}>
            <a href={`/api/oidc/${provider.slug}/associer`} className={buttonClasses({ variant: "secondary" })}>
              Associer une identité {provider.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

const RESULTS: Record<string, (name: string) => { tone: "success" | "info" | "error"; title: string; text: string }> = {
  associee: (name) => ({ tone: "success", title: `Identité ${name} associée`, text: `Vous pouvez maintenant vous connecter à ce compte avec ${name}.` }),
  "deja-associee": (name) => ({ tone: "info", title: `Cette identité ${name} est déjà associée à votre compte`, text: "Rien n'a changé." }),
  "autre-compte": (name) => ({
    tone: "error",
    title: `Cette identité ${name} est déjà associée à un autre compte`,
    text: `Une identité n'ouvre qu'un seul compte. Connectez-vous avec ${name} pour la dissocier de l'autre compte dans « Mon profil », ou contactez l'ARS de votre région.`,
  }),
  echec: (name) => ({
    tone: "error",
    title: `L'association avec ${name} n'a pas abouti`,
    text: `Par sécurité, la réponse de ${name} a été refusée. Réessayez depuis cette page.`,
  }),
  indisponible: (name) => ({ tone: "error", title: `${name} ne répond pas`, text: "Réessayez dans quelques minutes." }),
};

/** What « Associer une identité » ended on (`?identite=…&fournisseur=…`, set by the provider's return). */
export function LinkIdentityResult({ result, providerName }: { result: string | undefined; providerName: string | undefined }) {
  const message = result && providerName && Object.hasOwn(RESULTS, result) ? RESULTS[result]!(providerName) : null;
  if (!message) return null;
  return (
    <Alert tone={message.tone} title={message.title} className="mb-6" data-testid="link-identity-result">
      <p>{message.text}</p>
    </Alert>
  );
}
