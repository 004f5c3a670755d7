import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FreezeStructureButton } from "@/components/admin-structures/freeze-structure-button";
import { NewMemberDialog } from "@/components/admin-structures/new-member-dialog";
import { StructureIdentity } from "@/components/admin-structures/structure-identity";
import { StructureStatusBadge } from "@/components/admin-structures/structure-status-badge";
import { StructureHistory, StructureMembersTable, StructureOffersTable } from "@/components/admin-structures/structure-tables";
import { Alert } from "@/components/ui/alert";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ButtonLink } from "@/components/ui/button";
import {
  getRegionStructure,
  listRegionStructureHistory,
  listRegionStructureMembers,
  listRegionStructureOffers,
  STRUCTURE_HISTORY_LIMIT,
  STRUCTURE_OFFERS_LIMIT,
} from "@/lib/structures/admin/queries";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { formatDateTimeFr } from "@/lib/core/dates/paris";

type Props = { params: Promise<{ id: string }> };

/** The tab names the structure (issue 16). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser("structures.manage");
  const structure = await getRegionStructure(regionOf(user), (await params).id);
  return { title: structure ? `${structure.name} (structure offreuse)` : "Structure introuvable" };
}

/** One structure of the région (docs/produit.md#pouvoirs-de-lars): what it typed at sign-up, its users, its offers, its history; freeze, edit. */
export default async function StructurePage({ params }: Props) {
  const user = await requireUser("structures.manage");
  const regionCode = regionOf(user);
  const { id } = await params;
  const structure = await getRegionStructure(regionCode, id);
  if (!structure) notFound();
  const [members, offers, history] = await Promise.all([
    listRegionStructureMembers(regionCode, structure.id),
    listRegionStructureOffers(regionCode, structure.id),
    listRegionStructureHistory(regionCode, structure.id),
  ]);
  const frozen = structure.frozenAt !== null;

  return (
    <>
      <Breadcrumb
        items={[{ label: "Administration régionale", href: "/admin" }, { label: "Structures", href: "/admin/structures" }, { label: structure.name }]}
      />
      <h1>{structure.name}</h1>
      <div className="mb-8 flex flex-wrap items-center gap-4">
        <StructureStatusBadge frozen={frozen} size="md" />
        <span>
          {structure.publishedCount} offre{structure.publishedCount > 1 ? "s" : ""} visible{structure.publishedCount > 1 ? "s" : ""} dans le catalogue sur{" "}
          {structure.offerCount}
        </span>
        <ButtonLink href={`/admin/structures/${structure.id}/modifier`} variant="secondary">
          Modifier<span className="sr-only"> la structure</span>
        </ButtonLink>
        <FreezeStructureButton structureId={structure.id} structureName={structure.name} frozen={frozen} />
      </div>
      {structure.frozenAt && (
        <Alert tone="warning" title="Structure gelée" data-testid="structure-frozen">
          <p>
            Gelée le {formatDateTimeFr(structure.frozenAt)}
            {structure.freeze?.byName && <> par {structure.freeze.byName}</>}. Ses utilisateurs ne peuvent plus se connecter et ses offres ne sont pas visibles
            dans le catalogue public.
          </p>
          {structure.freeze?.reason && <p className="whitespace-pre-line">Motif : {structure.freeze.reason}</p>}
        </Alert>
      )}

      <section aria-labelledby="titre-informations" className="mb-12">
        <h2 id="titre-informations">Informations structure offreuse</h2>
        <StructureIdentity structure={structure} logoUrl={structure.logoFileId ? `/admin/structures/${structure.id}/logo?v=${structure.logoFileId}` : null} />
      </section>

      <section aria-labelledby="titre-utilisateurs" className="mb-12">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <h2 id="titre-utilisateurs">Utilisateurs ({members.length})</h2>
          <NewMemberDialog structureId={structure.id} structureName={structure.name} />
        </div>
        <StructureMembersTable members={members} />
      </section>

      <section aria-labelledby="titre-offres" className="mb-12">
        <h2 id="titre-offres">Offres ({structure.offerCount})</h2>
        {structure.offerCount > STRUCTURE_OFFERS_LIMIT && <p>Les {STRUCTURE_OFFERS_LIMIT} offres les plus récentes :</p>}
        <StructureOffersTable offers={offers} />
      </section>

      <section aria-labelledby="titre-historique" className="mb-12">
        <h2 id="titre-historique">Historique</h2>
        {history.length === STRUCTURE_HISTORY_LIMIT && <p>Les {STRUCTURE_HISTORY_LIMIT} événements les plus récents :</p>}
        <StructureHistory entries={history} />
      </section>
    </>
  );
}
