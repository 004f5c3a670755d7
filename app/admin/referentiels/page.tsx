import type { Metadata } from "next";
import { AddItemForm } from "@/components/references/add-item-form";
import { ReferenceItemsTable, ReferenceTabs } from "@/components/references/reference-list";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/core/auth/guards";
import { listReferenceItems } from "@/lib/references/queries";
import { kindOfSlug, REFERENCE_KIND_TEXT } from "@/lib/references/schemas";

export const metadata: Metadata = { title: "Référentiels" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The reference lists, editable without a deployment (docs/produit.md#pouvoirs-de-lars), one tab per list. */
export default async function ReferenceListsPage({ searchParams }: Props) {
  await requireUser("references.edit");
  const kind = kindOfSlug((await searchParams).liste);
  const text = REFERENCE_KIND_TEXT[kind];
  const items = await listReferenceItems(kind);

  return (
    <>
      <h1>Référentiels</h1>
      <Alert tone="info" title="Ces listes sont communes à toutes les régions">
        <p>Une modification s&apos;applique à toute la plateforme, pour toutes les ARS : formulaires, filtres du catalogue public et offres déjà publiées.</p>
      </Alert>
      <ReferenceTabs current={kind} />
      <h2>{text.title}</h2>
      <p>
        Un élément désactivé disparaît {text.usedIn}, mais reste affiché sur ce qui l&apos;utilise déjà et peut être réactivé. Seul un élément que rien
        n&apos;utilise peut être supprimé.
      </p>
      <AddItemForm key={kind} kind={kind} />
      <ReferenceItemsTable kind={kind} items={items} />
    </>
  );
}
