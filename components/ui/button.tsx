import Link from "next/link";
import type { ComponentProps, ComponentPropsWithRef } from "react";
import { cx } from "./cx";

export type ButtonVariant = "primary" | "secondary" | "tertiary" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

type ButtonStyle = { variant?: ButtonVariant; size?: ButtonSize };

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-blue-france text-white hover:bg-blue-france-hover active:bg-blue-france-active disabled:bg-grey-925 disabled:text-grey-625",
  secondary:
    "bg-white text-blue-france inset-ring inset-ring-blue-france hover:bg-grey-975 active:bg-grey-950 disabled:text-grey-625 disabled:inset-ring-grey-925",
  tertiary: "bg-white text-blue-france inset-ring inset-ring-grey-900 hover:bg-grey-975 active:bg-grey-950 disabled:text-grey-625",
  // Not a DSFR variant: irreversible actions (delete, freeze) need to stand apart from « Valider ».
  danger: "bg-error text-white hover:bg-error-hover active:bg-error-hover disabled:bg-grey-925 disabled:text-grey-625",
};

const SIZES: Record<ButtonSize, string> = {
  sm: "min-h-8 px-3 py-1 text-sm",
  md: "min-h-10 px-4 py-2 text-base",
  lg: "min-h-12 px-6 py-2 text-lg",
};

/** Classes of a DSFR button, for elements that must look like one (a Radix trigger, a label). */
export function buttonClasses({ variant = "primary", size = "md" }: ButtonStyle = {}, className?: string) {
  return cx(
    "inline-flex cursor-pointer items-center justify-center gap-2 text-center font-medium no-underline disabled:cursor-not-allowed",
    VARIANTS[variant],
    SIZES[size],
    className,
  );
}

export type ButtonProps = ComponentPropsWithRef<"button"> & ButtonStyle;

/** A native button; `type` defaults to "button" so that it never submits a form by accident. */
export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses({ variant, size }, className)} {...props} />;
}

export type ButtonLinkProps = ComponentProps<typeof Link> & ButtonStyle;

/** A link (next/link) that looks like a button: navigation stays a link for assistive technologies. */
export function ButtonLink({ variant, size, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClasses({ variant, size }, className)} {...props} />;
}

/** Buttons side by side, wrapping and stacking on narrow screens (DSFR fr-btns-group). */
export function ButtonGroup({ className, ...props }: ComponentProps<"div">) {
  return <div className={cx("flex flex-wrap items-center gap-4", className)} {...props} />;
}
