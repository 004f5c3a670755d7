import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/core/auth/guards";
import { can, homeFor } from "@/lib/core/auth/permissions";
import { HELP_PROCEDURES } from "./procedures";

export const metadata: Metadata = { title: "Aide" };

/** The offerer documentation: one page per procedure. */
export default async function HelpPage() {
  const user = await requireUser();
  if (!can(user, "space.activity")) redirect(homeFor(user));
  return (
    <>
      <h1>Aide</h1>
      <p>Les procédures de l&apos;espace offreur, pas à pas.</p>
      <ul>
        {HELP_PROCEDURES.map((procedure) => (
          <li key={procedure.slug} className="mb-2">
            <Link href={`/espace/aide/${procedure.slug}`}>{procedure.title}</Link> — {procedure.summary}
          </li>
        ))}
      </ul>
    </>
  );
}
