import Link from "next/link";
import { PublicShell } from "@/components/layout/page-shell";

export default function Forbidden() {
  return (
    <PublicShell>
      <h1>Accès refusé</h1>
      <p className="text-lg">Votre compte ne donne pas accès à cette page.</p>
      <p>Si vous pensez qu&apos;il s&apos;agit d&apos;une erreur, demandez à l&apos;administrateur de votre structure de vérifier vos permissions.</p>
      <p>
        <Link href="/connexion">Retourner à mon espace</Link>
      </p>
    </PublicShell>
  );
}
