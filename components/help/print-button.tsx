"use client";

import { Button } from "@/components/ui/button";

/**
 * « Imprimer ou enregistrer en PDF »: the browser's print dialog, whose « Enregistrer au format PDF »
 * destination gives the PDF; the print stylesheet (app/globals.css) leaves only the procedure.
 */
export function PrintButton() {
  return (
    <Button type="button" variant="secondary" size="sm" onClick={() => window.print()} data-print="hide">
      Imprimer ou enregistrer en PDF
    </Button>
  );
}
