import { Button, ButtonGroup, ButtonLink } from "@/components/ui/button";

/** The buttons under an offers filter form: filter, back to the whole list, the filtered list as CSV. */
export function ListFilterButtons({ resetHref, exportHref }: { resetHref: string; exportHref: string }) {
  return (
    <ButtonGroup>
      <Button type="submit">Filtrer</Button>
      <ButtonLink href={resetHref} variant="secondary">
        Réinitialiser
      </ButtonLink>
      <ButtonLink href={exportHref} variant="tertiary" prefetch={false}>
        Exporter la liste (CSV)
      </ButtonLink>
    </ButtonGroup>
  );
}
