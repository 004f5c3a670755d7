import { cx } from "@/components/ui/cx";

/**
 * The « République Française » bloc-marque drawn in CSS and SVG. It is a simplified mark (a
 * tricolour bar above the stacked name), not the official Marianne artwork, which may only be
 * used from the State's own files; the text is real text so it scales and is read aloud.
 */
export function BlocMarque({ size = "md", className }: { size?: "md" | "lg"; className?: string }) {
  return (
    <p
      className={cx(
        "m-0 inline-flex flex-col items-start font-bold uppercase text-grey-50",
        size === "lg" ? "gap-2 text-[1.3125rem] leading-[1.04]" : "gap-1.5 text-[1.05rem] leading-[1.04]",
        className,
      )}
      style={{ letterSpacing: "-0.01em" }}
    >
      <svg viewBox="0 0 30 10" aria-hidden="true" focusable="false" className={size === "lg" ? "h-3.5 w-11" : "h-3 w-9"}>
        <rect x="0" y="0" width="10" height="10" fill="#000091" />
        <rect x="10" y="0" width="10" height="10" fill="#ffffff" />
        <rect x="20" y="0" width="10" height="10" fill="#e1000f" />
      </svg>
      <span>
        République
        <br />
        Française
      </span>
    </p>
  );
}
