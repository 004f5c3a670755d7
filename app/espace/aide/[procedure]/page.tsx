import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { findProcedure, ProcedurePage } from "@/components/help/procedures";
import { requireUser } from "@/lib/core/auth/guards";
import { homeFor } from "@/lib/core/auth/permissions";
import { getCurrentUser } from "@/lib/core/auth/session";
import { regionNoticeFor } from "../region-notice";
import { proceduresFor } from "../role-procedures";

type Props = { params: Promise<{ procedure: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await getCurrentUser();
  const help = user ? proceduresFor(user) : null;
  return { title: (help && findProcedure(help.procedures, (await params).procedure)?.title) ?? "Aide" };
}

/** One procedure of the user's role; another role's procedure is not found here. */
export default async function HelpProcedurePage({ params }: Props) {
  const user = await requireUser();
  const help = proceduresFor(user);
  if (!help) redirect(homeFor(user));
  const procedure = findProcedure(help.procedures, (await params).procedure);
  if (!procedure) notFound();
  return <ProcedurePage procedure={procedure} basePath="/espace/aide" notice={await regionNoticeFor(user)} />;
}
