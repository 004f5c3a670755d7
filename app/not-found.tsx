import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/error-pages";
import { PublicShell } from "@/components/layout/page-shell";

export const metadata: Metadata = { title: "Page non trouvée" };

export default function NotFound() {
  return (
    <PublicShell>
      <NotFoundContent />
    </PublicShell>
  );
}
