import type { ProviderSpec } from "@/lib/core/auth/oidc/providers";

/**
 * « S'identifier avec ProConnect » and « Se connecter avec Pro Santé Connect », each in its service's
 * own look and words, with the link that explains the service (opened in a new window, as both
 * services ask). Each is a plain link to /api/oidc/<service>/connexion: no JavaScript needed.
 */
export function IdentityButtons({ providers }: { providers: ProviderSpec[] }) {
  if (providers.length === 0) return null;
  return (
    <div className="mb-8 flex flex-col gap-6" data-testid="identity-buttons">
      {providers.map((provider) => (provider.id === "PROCONNECT" ? <ProConnectButton key={provider.id} /> : <ProSanteConnectButton key={provider.id} />))}
      <p className="m-0 flex items-center gap-4 text-grey-425" aria-hidden="true">
        <span className="h-px flex-1 bg-grey-900" />
        ou
        <span className="h-px flex-1 bg-grey-900" />
      </p>
    </div>
  );
}

// ProConnect's button as its documentation asks of a site in the State's design system (DSFR's connect button, doc_fs/bouton_proconnect.md
// of numerique-gouv/proconnect-documentation): blue France, its logo (public/identite/proconnect.svg) at the left, « S'identifier avec » over a
// bold « ProConnect », and « Qu'est-ce que ProConnect ? » below. Real text rather than the all-image variant: it zooms and translates.
function ProConnectButton() {
  return (
    <div>
      <a
        href="/api/oidc/proconnect/connexion"
        className="inline-flex min-h-14 items-center gap-3 bg-blue-france px-6 py-2 text-white no-underline hover:bg-blue-france-hover active:bg-blue-france-active"
      >
        <span aria-hidden="true" className="h-12 w-[3.375rem] shrink-0 bg-[url(/identite/proconnect.svg)] bg-contain bg-center bg-no-repeat" />
        <span className="flex flex-col text-left leading-tight">
          <span>S&apos;identifier avec</span>
          <span className="text-lg font-bold">ProConnect</span>
        </span>
      </a>
      <p className="mt-2 mb-0 text-sm">
        <a href="https://www.proconnect.gouv.fr/" target="_blank" rel="noopener" title="Qu'est-ce que ProConnect ? - nouvelle fenêtre">
          Qu&apos;est-ce que ProConnect ?
        </a>
      </p>
    </div>
  );
}

// Pro Santé Connect's button: « Se connecter avec Pro Santé Connect », for the e-CPS and the CPS card.
function ProSanteConnectButton() {
  return (
    <div>
      <a
        href="/api/oidc/pro-sante-connect/connexion"
        className="inline-flex min-h-14 items-center gap-3 bg-white px-6 py-2 font-bold text-[#0c419a] no-underline inset-ring-2 inset-ring-[#0c419a] hover:bg-grey-975"
      >
        <ProSanteConnectMark />
        <span>Se connecter avec Pro Santé Connect</span>
      </a>
      <p className="mt-2 mb-0 text-sm">
        <a
          href="https://esante.gouv.fr/produits-services/pro-sante-connect"
          target="_blank"
          rel="noopener"
          title="Qu'est-ce que Pro Santé Connect ? - nouvelle fenêtre"
        >
          Qu&apos;est-ce que Pro Santé Connect ?
        </a>
      </p>
    </div>
  );
}

function ProSanteConnectMark() {
  return (
    <svg aria-hidden="true" focusable="false" width="28" height="28" viewBox="0 0 28 28">
      <rect x="2" y="6" width="24" height="16" rx="2" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M14 10v8M10 14h8" stroke="currentColor" strokeWidth="2.5" />
    </svg>
  );
}
