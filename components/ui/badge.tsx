import type { ComponentPropsWithoutRef } from "react";
import { cx } from "./cx";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "error" | "new" | "blue";

// Light background, dark text: every pair is at least 4.9:1.
const TONES: Record<BadgeTone, string> = {
  neutral: "bg-grey-950 text-grey-200",
  info: "bg-info-950 text-info",
  success: "bg-success-950 text-success",
  warning: "bg-warning-950 text-warning",
  error: "bg-error-950 text-error",
  new: "bg-[#feebd0] text-[#695240]",
  blue: "bg-blue-france-925 text-blue-france",
};

export type BadgeProps = ComponentPropsWithoutRef<"span"> & { tone?: BadgeTone; size?: "sm" | "md" };

/**
 * DSFR badge: a short status in capitals. The words carry the meaning, the colour only repeats
 * it. Domain badges (an offer's state) map their values to a tone elsewhere.
 */
export function Badge({ tone = "neutral", size = "md", className, ...props }: BadgeProps) {
  return (
    <span
      className={cx(
        "inline-flex max-w-full items-center rounded px-2 font-bold whitespace-nowrap uppercase",
        size === "sm" ? "text-xs" : "text-sm",
        TONES[tone],
        className,
      )}
      {...props}
    />
  );
}
