"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import styles from "./navigation-feedback.module.css";

// Links that download a file never change the page: no progress bar for them.
const DOWNLOAD = /\/(pdf|export)(\/|$)|\/fichiers\/|\/documents\//;
const GIVE_UP_MS = 10_000;

/**
 * What a client navigation lacks and a full page load gives (issue 16): a sign that something is
 * happening on a slow connection (a bar at the top of the window, from the click or the GET form's
 * submission until the address changes), and, once on a new page, the focus on its heading, so that
 * a screen reader reads the page and the keyboard starts from it rather than from <body>.
 */
export function NavigationFeedback() {
  const pathname = usePathname();
  const [busy, setBusy] = useState(false);
  const firstPath = useRef(true);

  useEffect(() => {
    if (firstPath.current) {
      firstPath.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>("main h1");
    if (!heading || heading.contains(document.activeElement)) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, [pathname]);

  useEffect(() => {
    let timer: number | undefined;
    function begin() {
      const from = location.href;
      const started = Date.now();
      window.clearInterval(timer);
      setBusy(true);
      timer = window.setInterval(() => {
        if (location.href !== from || Date.now() - started > GIVE_UP_MS) {
          window.clearInterval(timer);
          setBusy(false);
        }
      }, 100);
    }
    function onClick(event: MouseEvent) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin || DOWNLOAD.test(url.pathname)) return;
      if (url.pathname === location.pathname && url.search === location.search) return;
      begin();
    }
    function onSubmit(event: SubmitEvent) {
      const form = event.target;
      // Server actions post and stay; a GET form (search, filters) goes to a new address.
      if (form instanceof HTMLFormElement && form.method.toLowerCase() === "get") begin();
    }
    document.addEventListener("click", onClick);
    document.addEventListener("submit", onSubmit);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("click", onClick);
      document.removeEventListener("submit", onSubmit);
    };
  }, []);

  return busy ? <div role="progressbar" aria-label="Chargement de la page" className={styles.bar} data-testid="navigation-progress" /> : null;
}
