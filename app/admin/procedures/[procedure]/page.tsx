import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findProcedure, ProcedurePage } from "@/components/help/procedures";
import { requireUser } from "@/lib/core/auth/guards";
import { ADMIN_PROCEDURES } from "../admin-procedures";

type Props = { params: Promise<{ procedure: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: findProcedure(ADMIN_PROCEDURES, (await params).procedure)?.title ?? "Aide" };
}

export default async function AdminProcedurePage({ params }: Props) {
  await requireUser("admin.dashboard");
  const procedure = findProcedure(ADMIN_PROCEDURES, (await params).procedure);
  if (!procedure) notFound();
  return <ProcedurePage procedure={procedure} basePath="/admin/procedures" />;
}
