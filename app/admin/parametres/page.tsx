import type { Metadata } from "next";
import { RegionSettingsForm } from "@/components/regions/region-settings-form";
import { RegionAdmins } from "@/components/second-factor/region-admins";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { listRegionAdmins } from "@/lib/core/auth/second-factor/region-admins";
import { getRegion } from "@/lib/core/geo/territories";
import { countWaitingByValidator } from "@/lib/offers/admin/queue";
import { getRegionSettings } from "@/lib/regions/settings";

export const metadata: Metadata = { title: "Paramètres de la région" };

/** « Paramètres de la région » (docs/produit.md#qui-valide): the admin's own région only, from the session. */
export default async function RegionSettingsPage() {
  const user = await requireUser("region.settings");
  const regionCode = regionOf(user);
  const [settings, waiting, admins] = await Promise.all([getRegionSettings(regionCode), countWaitingByValidator(regionCode), listRegionAdmins(regionCode)]);
  return (
    <>
      <Breadcrumb items={[{ label: "Administration régionale", href: "/admin" }, { label: "Paramètres de la région" }]} />
      <h1>Paramètres de la région</h1>
      <p className="text-lg">{getRegion(regionCode)?.name ?? regionCode}</p>
      <RegionSettingsForm defaults={{ offerValidation: settings.offerValidation, contactEmail: settings.contactEmail ?? "" }} waiting={waiting} />
      <RegionAdmins admins={admins} currentUserId={user.id} />
    </>
  );
}
