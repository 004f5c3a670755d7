import { UnauthorizedContent } from "@/components/layout/error-pages";
import { PublicShell } from "@/components/layout/page-shell";

export default function Unauthorized() {
  return (
    <PublicShell>
      <UnauthorizedContent />
    </PublicShell>
  );
}
