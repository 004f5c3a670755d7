"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonGroup } from "@/components/ui/button";

/**
 * The ten recovery codes, shown once (only their hashes are kept): to copy into a password manager
 * or to print, each good for one login when the phone is not at hand.
 */
export function RecoveryCodes({ codes, children }: { codes: string[]; children?: React.ReactNode }) {
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="titre-codes-secours" data-print-document data-testid="recovery-codes">
      <h2 id="titre-codes-secours">Vos codes de secours</h2>
      <Alert tone="warning" className="mb-6 print:hidden">
        <p>
          Ces {codes.length} codes ne seront plus affichés. Copiez-les ou imprimez-les maintenant et gardez-les en lieu sûr : chacun permet de vous connecter
          une fois si vous n&apos;avez pas votre téléphone.
        </p>
      </Alert>
      <ol className="mb-6 grid max-w-md grid-cols-2 gap-x-8 gap-y-1 font-mono text-lg">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <ButtonGroup className="mb-6 print:hidden">
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(codes.join("\n"));
            setCopied(true);
          }}
        >
          Copier les codes
        </Button>
        <Button variant="secondary" onClick={() => window.print()}>
          Imprimer
        </Button>
        {children}
      </ButtonGroup>
      <p role="status" className="print:hidden">
        {copied ? "Codes copiés dans le presse-papiers." : ""}
      </p>
    </section>
  );
}
