import { ForbiddenContent } from "@/components/layout/error-pages";
import { PublicShell } from "@/components/layout/page-shell";

export default function Forbidden() {
  return (
    <PublicShell>
      <ForbiddenContent />
    </PublicShell>
  );
}
