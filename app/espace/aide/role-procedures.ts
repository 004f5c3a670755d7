import type { HelpProcedure } from "@/components/help/procedures";
import { can, type Principal } from "@/lib/core/auth/permissions";
import { INSTITUTION_PROCEDURES } from "./institution-procedures";
import { HELP_PROCEDURES } from "./procedures";

/**
 * The procedures /espace/aide shows: the offerers' or the institutions' (the ARS has its own under
 * /admin/procedures); null for anyone else, who is sent home.
 */
export function proceduresFor(user: Principal): { intro: string; procedures: readonly HelpProcedure[] } | null {
  if (can(user, "space.activity")) return { intro: "Les procédures de l'espace offreur, pas à pas.", procedures: HELP_PROCEDURES };
  if (can(user, "availability.manage"))
    return {
      intro: "Les procédures des établissements de formation, pas à pas : disponibilités des étudiants et calendrier.",
      procedures: INSTITUTION_PROCEDURES,
    };
  return null;
}
