import Link from "next/link";
import { Checkbox, type CheckboxProps } from "@/components/ui/field";

/** « J'accepte les conditions générales d'utilisation », at activation and at the first login with a temporary password. */
export function TermsCheckbox(props: Omit<CheckboxProps, "label">) {
  return (
    <Checkbox
      label={
        <>
          J&apos;accepte les{" "}
          <Link href="/cgu" target="_blank">
            conditions générales d&apos;utilisation<span className="sr-only"> (nouvelle fenêtre)</span>
          </Link>
        </>
      }
      required
      groupClassName="mb-6"
      {...props}
    />
  );
}
