import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/page-shell";
import { spaceNavigation } from "@/components/layout/space-navigation";
import { requireUser } from "@/lib/core/auth/guards";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("admin.dashboard");
  const { header, nav, sideNav } = spaceNavigation(user);
  return (
    <AppShell user={header} nav={nav} sideNav={sideNav}>
      {children}
    </AppShell>
  );
}
