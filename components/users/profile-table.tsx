import type { ReactNode } from "react";
import { Table, Td, Th } from "@/components/ui/table";

export type ProfileTableRow = { key: string; name: ReactNode; cells: ReactNode[]; action: ReactNode };

/**
 * The table shell of « Mon profil »'s lists (« Identités associées », « Sessions ouvertes »): a row per
 * item named by its first cell, its dates, and one action button in a last column without a visible header.
 */
export function ProfileTable({ caption, testId, columns, rows }: { caption: string; testId: string; columns: string[]; rows: ProfileTableRow[] }) {
  return (
    <Table caption={caption} captionHidden data-testid={testId}>
      <thead>
        <tr>
          {columns.map((column) => (
            <Th key={column}>{column}</Th>
          ))}
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <Th scope="row" className="font-normal">
              {row.name}
            </Th>
            {row.cells.map((cell, index) => (
              <Td key={index} className={index === 0 ? "break-words" : undefined}>
                {cell}
              </Td>
            ))}
            <Td>{row.action}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
