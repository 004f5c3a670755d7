import { cx } from "./cx";
import styles from "./icons.module.css";

// Icons drawn by icons.module.css (CSS masks, no icon font, no image request). Decorative, hence
// aria-hidden; size them with `size-*` classes (1 rem by default).
type IconProps = { className?: string };

function icon(name: keyof typeof styles) {
  function Icon({ className = "size-4" }: IconProps) {
    return <span aria-hidden="true" className={cx(styles.icon, styles[name], className)} />;
  }
  return Icon;
}

export const ErrorIcon = icon("error");
export const SuccessIcon = icon("success");
export const InfoIcon = icon("info");
export const WarningIcon = icon("warning");
export const CloseIcon = icon("close");
export const ChevronDownIcon = icon("chevronDown");
export const ChevronRightIcon = icon("chevronRight");
export const ArrowRightIcon = icon("arrowRight");
export const ExternalLinkIcon = icon("externalLink");
export const MenuIcon = icon("menu");
export const UserIcon = icon("user");
export const LockIcon = icon("lock");
export const LogoutIcon = icon("logout");
