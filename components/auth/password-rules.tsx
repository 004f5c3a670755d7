"use client";

import { cx } from "@/components/ui/cx";
import { checkPassword, passwordRules, type PasswordContext } from "@/lib/core/validation/password";

/**
 * The password rules (docs/produit.md#comptes-et-securite) next to the field, each ticked as the user types (the same function the
 * server applies). Not a live region: announcing every keystroke would drown the user; the state
 * of each rule is in its text, read when the user moves to the list.
 */
export function PasswordRules({ id, password, context }: { id: string; password: string; context: PasswordContext }) {
  const unmet = new Set(checkPassword(password, context).map((issue) => issue.code));
  const typed = password.length > 0;
  return (
    <div id={id} className="mb-6 text-sm">
      <p className="m-0 mb-2 text-grey-200">Votre mot de passe doit respecter ces règles :</p>
      <ul className="m-0 list-none space-y-1 p-0">
        {passwordRules(context.isRegionalAdmin).map((rule) => {
          const met = typed && !unmet.has(rule.code);
          return (
            <li key={rule.code} className={cx("flex items-start gap-2", !typed ? "text-grey-425" : met ? "text-success" : "text-error")}>
              <span aria-hidden="true" className="w-4 shrink-0 font-bold">
                {!typed ? "•" : met ? "✓" : "✗"}
              </span>
              <span>
                {rule.label}
                {typed && <span className="sr-only">{met ? " : respectée" : " : non respectée"}</span>}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="m-0 mt-2 text-xs text-grey-425">Conseil : une phrase de plusieurs mots, facile à retenir pour vous seul, est à la fois sûre et simple.</p>
    </div>
  );
}
