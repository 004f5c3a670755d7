import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/page-shell";
import { spaceNavigation } from "@/components/layout/space-navigation";
import { requireUser } from "@/lib/core/auth/guards";

/** The frame of the offerer and institution spaces; each page checks its own capability again. */
export default async function SpaceLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const { header, nav, sideNav } = spaceNavigation(user);
  return (
    <AppShell user={header} nav={nav} sideNav={sideNav}>
      {children}
    </AppShell>
  );
}
