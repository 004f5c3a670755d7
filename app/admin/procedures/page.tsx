import type { Metadata } from "next";
import { ProcedureList } from "@/components/help/procedures";
import { requireUser } from "@/lib/core/auth/guards";
import { ADMIN_PROCEDURES } from "./admin-procedures";

export const metadata: Metadata = { title: "Aide" };

/** « Aide » of the ARS: its procedures, one page each. */
export default async function AdminProceduresPage() {
  await requireUser("admin.dashboard");
  return <ProcedureList intro="Les procédures de l'administration régionale, pas à pas." procedures={ADMIN_PROCEDURES} basePath="/admin/procedures" />;
}
