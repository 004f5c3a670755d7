"use client";

import { useEffect } from "react";
import { PublicShell } from "@/components/layout/page-shell";
import { Button, ButtonGroup, ButtonLink } from "@/components/ui/button";

type ErrorPageProps = { error: unknown; retry: () => void };

export default function ErrorPage({ error, retry }: ErrorPageProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  // Server errors reach the browser without their message, only a digest that matches the logs.
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : undefined;

  return (
    <PublicShell>
      <div className="max-w-3xl">
        <p className="text-sm text-grey-425">Erreur 500</p>
        <h1>Erreur inattendue</h1>
        <p className="text-xl">Désolés, le service rencontre un problème. Nous travaillons pour le résoudre.</p>
        <p>
          Essayez de recharger la page ou revenez dans quelques instants. Si le problème persiste, signalez-le à l&apos;équipe de la plateforme
          {digest ? (
            <>
              {" "}
              en indiquant la référence <code className="font-bold">{digest}</code>
            </>
          ) : null}
          .
        </p>
        <ButtonGroup className="mt-8">
          <Button onClick={() => retry()}>Réessayer</Button>
          <ButtonLink href="/" variant="secondary">
            Page d&apos;accueil
          </ButtonLink>
        </ButtonGroup>
      </div>
    </PublicShell>
  );
}
