import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StatTile } from "@/components/space/stat-tile";
import { requireUser, structureIdOf } from "@/lib/auth/guards";
import { can, homeFor } from "@/lib/auth/permissions";
import { countStructureOffersByState } from "@/lib/offers/counts";
import { OFFER_STATE_LABELS, OFFER_STATES } from "@/lib/offers/labels";
import { getStructureSummary } from "@/lib/structures/queries";

export const metadata: Metadata = { title: "Activité" };

/** « Activité » (SPEC §4): the structure's offers by state and its users. */
export default async function ActivityPage() {
  const user = await requireUser();
  if (!can(user, "space.activity")) redirect(homeFor(user));
  const structureId = structureIdOf(user);
  const [counts, structure] = await Promise.all([countStructureOffersByState(structureId), getStructureSummary(structureId)]);
  // A VALIDEUR's first concern is what waits for them.
  const order = user.permissions.includes("VALIDEUR") ? ["PENDING" as const, ...OFFER_STATES.filter((s) => s !== "PENDING")] : OFFER_STATES;

  return (
    <>
      <h1>Activité</h1>
      <p className="text-lg">
        {structure?.name} — {structure?.activeUsers ?? 0} utilisateur{(structure?.activeUsers ?? 0) > 1 ? "s" : ""} actif{(structure?.activeUsers ?? 0) > 1 ? "s" : ""}
      </p>
      <section aria-labelledby="titre-offres">
        <h2 id="titre-offres">Offres de la structure</h2>
        <ul className="grid list-none grid-cols-1 gap-4 p-0 sm:grid-cols-2 lg:grid-cols-3">
          {order.map((state) => (
            <li key={state}>
              <StatTile label={OFFER_STATE_LABELS[state]} value={counts[state]} highlight={state === "PENDING" && user.permissions.includes("VALIDEUR") && counts.PENDING > 0} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
