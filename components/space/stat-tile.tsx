import { cx } from "@/components/ui/cx";

/** A figure of a dashboard: a big number and its label, optionally a link to the detailed list. */
export function StatTile({ label, value, href, highlight, detail }: { label: string; value: number; href?: string; highlight?: boolean; detail?: string }) {
  const body = (
    <>
      <span className="block text-3xl font-bold text-blue-france">{value.toLocaleString("fr-FR")}</span>
      <span className="block">{label}</span>
      {detail && <span className="block text-sm text-grey-425">{detail}</span>}
    </>
  );
  const className = cx("block h-full border border-grey-900 p-4", highlight && "border-l-4 border-l-blue-france bg-blue-france-975");
  return href ? (
    <a href={href} className={cx(className, "no-underline hover:bg-grey-975")}>
      {body}
    </a>
  ) : (
    <div className={className}>{body}</div>
  );
}
