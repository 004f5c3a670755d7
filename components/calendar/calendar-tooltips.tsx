"use client";

import { useEffect, type ReactNode } from "react";

/**
 * The only script of the month view, delegated to the whole grid rather than one component per
 * row: hover and focus already show a row's details with CSS alone; this adds what WCAG 1.4.13
 * asks of content shown on hover or focus (Escape dismisses it) and lets a click or a tap keep
 * the details open (aria-expanded on the row's button).
 */
export function CalendarTooltips({ children }: { children: ReactNode }) {
  useEffect(() => {
    const rowOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>("[data-cal-row]") : null);

    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      document.querySelectorAll<HTMLElement>("[data-cal-row]:hover, [data-cal-row]:focus-within, [data-cal-row][data-open]").forEach((row) => {
        row.dataset.dismissed = "true";
        delete row.dataset.open;
        row.querySelector("[data-cal-trigger]")?.setAttribute("aria-expanded", "false");
      });
    }
    function onClick(event: MouseEvent) {
      const trigger = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-cal-trigger]") : null;
      const row = rowOf(trigger);
      if (!trigger || !row) return;
      const open = row.dataset.open !== "true";
      if (open) row.dataset.open = "true";
      else delete row.dataset.open;
      delete row.dataset.dismissed;
      trigger.setAttribute("aria-expanded", String(open));
    }
    // Leaving a row (pointer or focus) forgets an Escape, so the next hover shows the details again.
    function reset(event: Event) {
      const row = rowOf(event.target);
      if (row && !row.contains((event as FocusEvent).relatedTarget as Node | null)) delete row.dataset.dismissed;
    }

    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("click", onClick);
    document.addEventListener("focusout", reset);
    document.addEventListener("mouseout", reset);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("click", onClick);
      document.removeEventListener("focusout", reset);
      document.removeEventListener("mouseout", reset);
    };
  }, []);
  return children;
}
