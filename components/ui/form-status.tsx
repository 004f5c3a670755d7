import type { ReactNode } from "react";
import { Alert } from "./alert";

type Props = {
  /** The focusable area's id (useActionForm's `topId`): the focus comes here when no field shows the outcome. */
  id: string;
  /** The refusal for the whole form, if any. */
  error?: string;
  /** What was not done (« L'utilisateur n'est pas enregistré »). */
  errorTitle: string;
  errorTestId?: string;
  size?: "sm" | "md";
  /** The success alert, when the form shows one. */
  children?: ReactNode;
};

/** The status area at the top of a form: its success alert, or its refusal, where the focus goes after a submit. */
export function FormStatus({ id, error, errorTitle, errorTestId, size, children }: Props) {
  return (
    <div id={id} tabIndex={-1} className="focus:outline-none">
      {children}
      {error && (
        <Alert tone="error" size={size} title={errorTitle} data-testid={errorTestId}>
          <p>{error}</p>
        </Alert>
      )}
    </div>
  );
}
