import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ProcedureList } from "@/components/help/procedures";
import { requireUser } from "@/lib/core/auth/guards";
import { homeFor } from "@/lib/core/auth/permissions";
import { regionNoticeFor } from "./region-notice";
import { proceduresFor } from "./role-procedures";

export const metadata: Metadata = { title: "Aide" };

/** « Aide » of the space: the procedures of the user's role, one page each. */
export default async function HelpPage() {
  const user = await requireUser();
  const help = proceduresFor(user);
  if (!help) redirect(homeFor(user));
  return <ProcedureList intro={help.intro} procedures={help.procedures} basePath="/espace/aide" notice={await regionNoticeFor(user)} />;
}
