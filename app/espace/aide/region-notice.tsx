import { RegionHelpNotice } from "@/components/help/region-help-notice";
import type { SessionUser } from "@/lib/core/auth/session";
import { can } from "@/lib/core/auth/permissions";
import { getRegion } from "@/lib/core/geo/territories";
import { getRegionSettings } from "@/lib/regions/settings";

/** « Votre région » for the user's région (their structure's or institution's), or nothing without one. */
export async function regionNoticeFor(user: SessionUser) {
  if (!user.regionCode) return null;
  const settings = await getRegionSettings(user.regionCode);
  return <RegionHelpNotice regionName={getRegion(user.regionCode)?.name ?? user.regionCode} settings={settings} showValidation={can(user, "space.activity")} />;
}
