import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { requireUser } from "@/lib/core/auth/guards";
import { can, homeFor } from "@/lib/core/auth/permissions";
import { findProcedure } from "../procedures";

type Props = { params: Promise<{ procedure: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: findProcedure((await params).procedure)?.title ?? "Aide" };
}

export default async function HelpProcedurePage({ params }: Props) {
  const user = await requireUser();
  if (!can(user, "space.activity")) redirect(homeFor(user));
  const procedure = findProcedure((await params).procedure);
  if (!procedure) notFound();
  return (
    <>
      <Breadcrumb items={[{ label: "Aide", href: "/espace/aide" }, { label: procedure.title }]} />
      <h1>{procedure.title}</h1>
      <div className="max-w-3xl">{procedure.body}</div>
    </>
  );
}
