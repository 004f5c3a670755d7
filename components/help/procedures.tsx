import Link from "next/link";
import type { ReactNode } from "react";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PrintButton } from "./print-button";

/**
 * One help procedure (docs/produit.md#aide-et-assistance): written for this platform from the regional guides, short,
 * in the words of the screens. Each role has its list (offerers: app/espace/aide/procedures.tsx,
 * institutions: app/espace/aide/institution-procedures.tsx, ARS: app/admin/procedures/admin-procedures.tsx).
 */
export type HelpProcedure = { slug: string; title: string; summary: string; body: ReactNode };

export function findProcedure(procedures: readonly HelpProcedure[], slug: string): HelpProcedure | undefined {
  return procedures.find((procedure) => procedure.slug === slug);
}

/** « Aide » of a space: the procedures of its role, one link each. */
export function ProcedureList({
  intro,
  procedures,
  basePath,
  notice,
}: {
  intro: string;
  procedures: readonly HelpProcedure[];
  basePath: string;
  /** What the reader's région says (components/help/region-help-notice.tsx). */
  notice?: ReactNode;
}) {
  return (
    <>
      <h1>Aide</h1>
      <p>{intro}</p>
      {notice}
      <ul>
        {procedures.map((procedure) => (
          <li key={procedure.slug} className="mb-2">
            <Link href={`${basePath}/${procedure.slug}`}>{procedure.title}</Link> — {procedure.summary}
          </li>
        ))}
      </ul>
      <p>
        Vous ne trouvez pas la réponse ? Consultez la <Link href="/aide">foire aux questions</Link> ou écrivez-nous par le{" "}
        <Link href="/aide/assistance">Formulaire d&apos;assistance</Link>.
      </p>
    </>
  );
}

/**
 * One procedure, printable: `data-print-document` tells the print stylesheet (app/globals.css) to
 * leave out the site's header, menus and footer, so that printing or « Enregistrer au format PDF »
 * gives the procedure alone with readable margins.
 */
export function ProcedurePage({ procedure, basePath, notice }: { procedure: HelpProcedure; basePath: string; notice?: ReactNode }) {
  return (
    <article data-print-document className="max-w-3xl">
      <Breadcrumb items={[{ label: "Aide", href: basePath }, { label: procedure.title }]} />
      <h1>{procedure.title}</h1>
      <div className="mb-6">
        <PrintButton />
      </div>
      {notice}
      <div>{procedure.body}</div>
    </article>
  );
}
