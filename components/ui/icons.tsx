import type { SVGProps } from "react";

// Inline icons (DSFR/Remix shapes) so that no icon font or image is downloaded. All are
// decorative: the text next to them carries the meaning, hence aria-hidden.
type IconProps = Omit<SVGProps<SVGSVGElement>, "children">;

function Icon({ d, className = "size-4", ...props }: IconProps & { d: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
      className={`shrink-0 ${className}`}
      {...props}
    >
      <path d={d} />
    </svg>
  );
}

export const ErrorIcon = (p: IconProps) => (
  <Icon fillRule="evenodd" {...p} d="M12 22a10 10 0 1 1 0-20 10 10 0 0 1 0 20Zm-1-7v2h2v-2h-2Zm0-8v6h2V7h-2Z" />
);
export const SuccessIcon = (p: IconProps) => (
  <Icon fillRule="evenodd" {...p} d="M12 22a10 10 0 1 1 0-20 10 10 0 0 1 0 20Zm-1-6 7.07-7.07-1.41-1.42L11 13.17 8.17 10.34l-1.41 1.41L11 16Z" />
);
export const InfoIcon = (p: IconProps) => (
  <Icon fillRule="evenodd" {...p} d="M12 22a10 10 0 1 1 0-20 10 10 0 0 1 0 20Zm-1-11v6h2v-6h-2Zm0-4v2h2V7h-2Z" />
);
export const WarningIcon = (p: IconProps) => (
  <Icon fillRule="evenodd" {...p} d="m12.87 3 9.53 16.5a1 1 0 0 1-.87 1.5H2.47a1 1 0 0 1-.87-1.5L11.13 3a1 1 0 0 1 1.74 0ZM11 16v2h2v-2h-2Zm0-7v5h2V9h-2Z" />
);
export const CloseIcon = (p: IconProps) => (
  <Icon {...p} d="m12 10.59 4.95-4.95 1.41 1.41L13.41 12l4.95 4.95-1.41 1.41L12 13.41l-4.95 4.95-1.41-1.41L10.59 12 5.64 7.05l1.41-1.41L12 10.59Z" />
);
export const ChevronDownIcon = (p: IconProps) => (
  <Icon {...p} d="m12 13.17 4.95-4.95 1.41 1.41L12 16 5.64 9.64l1.41-1.41L12 13.17Z" />
);
export const ChevronRightIcon = (p: IconProps) => (
  <Icon {...p} d="m13.17 12-4.95-4.95 1.41-1.41L16 12l-6.36 6.36-1.41-1.41L13.17 12Z" />
);
export const ArrowRightIcon = (p: IconProps) => (
  <Icon {...p} d="M16.17 13H4v-2h12.17l-5.36-5.36 1.41-1.41L20 12l-7.78 7.78-1.41-1.41L16.17 13Z" />
);
export const ExternalLinkIcon = (p: IconProps) => (
  <Icon {...p} d="M10 6v2H5v11h11v-5h2v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h6Zm11-3v8h-2V6.41l-7.79 7.8-1.42-1.42L17.59 5H13V3h8Z" />
);
export const MenuIcon = (p: IconProps) => (
  <Icon {...p} d="M3 4h18v2H3V4Zm0 7h18v2H3v-2Zm0 7h18v2H3v-2Z" />
);
export const UserIcon = (p: IconProps) => (
  <Icon {...p} d="M4 22a8 8 0 1 1 16 0h-2a6 6 0 1 0-12 0H4Zm8-9c-3.32 0-6-2.69-6-6s2.68-6 6-6 6 2.69 6 6-2.69 6-6 6Zm0-2a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z" />
);
export const LockIcon = (p: IconProps) => (
  <Icon {...p} d="M6 8V7a6 6 0 1 1 12 0v1h2a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1h2Zm13 2H5v10h14V10Zm-8 5.73a2 2 0 1 1 2 0V18h-2v-2.27ZM8 8h8V7a4 4 0 1 0-8 0v1Z" />
);
export const LogoutIcon = (p: IconProps) => (
  <Icon {...p} d="M5 22a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1h14a1 1 0 0 1 1 1v3h-2V4H6v16h12v-2h2v3a1 1 0 0 1-1 1H5Zm13-6v-3h-7v-2h7V8l5 4-5 4Z" />
);
