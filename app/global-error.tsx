"use client";

// Replaces the root layout when it fails itself: no stylesheet, font or shell can be trusted
// here, so the page carries its own minimal inline styles.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="fr">
      <body style={{ margin: 0, fontFamily: "arial, sans-serif", color: "#3a3a3a", lineHeight: 1.5 }}>
        <title>Erreur inattendue | Service sanitaire des étudiants en santé</title>
        <main style={{ maxWidth: "48rem", margin: "0 auto", padding: "3rem 1rem" }}>
          <p style={{ margin: 0, fontWeight: 700, textTransform: "uppercase", color: "#161616" }}>
            République
            <br />
            Française
          </p>
          <h1 style={{ color: "#161616", fontSize: "2rem", lineHeight: 1.25 }}>Erreur inattendue</h1>
          <p>Désolés, le service rencontre un problème. Essayez de nouveau dans quelques instants.</p>
          <p style={{ display: "flex", flexWrap: "wrap", gap: "1rem", alignItems: "center" }}>
            <button
              type="button"
              onClick={() => retry()}
              style={{ background: "#000091", color: "#fff", border: 0, padding: "0.5rem 1rem", font: "inherit", cursor: "pointer" }}
            >
              Réessayer
            </button>
            {/* A full page load on purpose: the root layout itself failed, client navigation would reuse it. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" style={{ color: "#000091" }}>
              Page d&apos;accueil
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
