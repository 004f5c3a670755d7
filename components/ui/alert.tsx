import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { cx } from "./cx";
import { ErrorIcon, InfoIcon, SuccessIcon, WarningIcon } from "./icons";

export type AlertTone = "success" | "error" | "info" | "warning";

const TONES: Record<AlertTone, { border: string; band: string; Icon: typeof InfoIcon }> = {
  success: { border: "border-success", band: "bg-success", Icon: SuccessIcon },
  error: { border: "border-error", band: "bg-error", Icon: ErrorIcon },
  info: { border: "border-info", band: "bg-info", Icon: InfoIcon },
  warning: { border: "border-warning", band: "bg-warning", Icon: WarningIcon },
};

// A form-level error must be announced as soon as it appears (RGAA 11.10); a confirmation such
// as « Enregistré avec succès » politely; information that was already there, not at all.
const DEFAULT_ROLE: Record<AlertTone, "alert" | "status" | undefined> = {
  success: "status",
  error: "alert",
  info: undefined,
  warning: undefined,
};

export type AlertProps = Omit<ComponentPropsWithoutRef<"div">, "title" | "role"> & {
  tone: AlertTone;
  title?: ReactNode;
  /** Heading level of the title, to fit the page outline; a paragraph by default. */
  titleAs?: "h2" | "h3" | "h4" | "p";
  /** Overrides the live-region role chosen from the tone ("none" for no role). */
  role?: "alert" | "status" | "none";
  size?: "sm" | "md";
  children?: ReactNode;
};

/** DSFR alert: a coloured band with an icon, a title and a description. */
export function Alert({ tone, title, titleAs: Title = "p", role, size = "md", className, children, ...props }: AlertProps) {
  const { border, band, Icon } = TONES[tone];
  const resolvedRole = role === "none" ? undefined : (role ?? DEFAULT_ROLE[tone]);
  return (
    <div role={resolvedRole} className={cx("mb-6 flex border bg-white", border, className)} {...props}>
      <div className={cx("flex w-10 shrink-0 justify-center text-white", band, size === "sm" ? "pt-2" : "pt-4")}>
        <Icon className="size-6" />
      </div>
      <div className={cx("min-w-0 flex-1 text-grey-200", size === "sm" ? "px-3 py-2 text-sm" : "px-4 py-4")}>
        {title && <Title className="m-0 text-lg leading-7 font-bold text-grey-50">{title}</Title>}
        {children && <div className={cx(title ? "mt-1" : undefined, "[&>p]:m-0")}>{children}</div>}
      </div>
    </div>
  );
}
