import { PERMISSION_LABELS } from "@/lib/core/auth/permissions";

/** An account's permissions in a table cell, one per line, in French. */
export function PermissionList({ permissions }: { permissions: readonly (keyof typeof PERMISSION_LABELS)[] }) {
  return (
    <ul className="m-0 list-none p-0">
      {permissions.map((permission) => (
        <li key={permission}>{PERMISSION_LABELS[permission]}</li>
      ))}
    </ul>
  );
}
