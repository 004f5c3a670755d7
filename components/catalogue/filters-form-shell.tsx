"use client";

import { useRouter } from "next/navigation";
import { useTransition, type ReactNode } from "react";

/**
 * The catalogue's GET form. It works as a plain form without JavaScript; with it, the empty
 * fields are left out of the URL (a clean, shareable link) and the page changes without a reload,
 * the results' count being announced by their live region.
 */
export function FiltersFormShell({ children, className }: { children: ReactNode; className?: string }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <form
      action="/offres"
      method="get"
      role="search"
      aria-label="Rechercher une offre"
      aria-busy={isPending || undefined}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        const params = new URLSearchParams();
        for (const [key, value] of new FormData(event.currentTarget)) {
          if (typeof value === "string" && value.trim() !== "") params.append(key, value.trim());
        }
        const query = params.toString();
        startTransition(() => router.push(query ? `/offres?${query}` : "/offres", { scroll: false }));
      }}
    >
      {children}
    </form>
  );
}
