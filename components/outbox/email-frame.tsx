"use client";

import { useEffect, useRef } from "react";

/**
 * A sent email as its recipient sees it, as tall as its content (issue 16: a fixed height cut long
 * messages off). `allow-same-origin` only lets this page measure the frame; scripts stay forbidden
 * inside it, so the message's HTML can run nothing.
 */
export function EmailFrame({ title, html }: { title: string; html: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  function fit() {
    const body = frame.current?.contentDocument?.documentElement;
    if (frame.current && body) frame.current.style.height = `${body.scrollHeight + 2}px`;
  }
  // A srcDoc frame may finish loading before hydration attaches onLoad: measure it then too.
  useEffect(() => {
    if (frame.current?.contentDocument?.readyState === "complete") fit();
  }, []);
  return (
    <iframe
      ref={frame}
      title={title}
      srcDoc={html}
      sandbox="allow-same-origin"
      onLoad={fit}
      className="h-[40rem] w-full max-w-3xl border border-grey-900 bg-white"
      data-testid="email-frame"
    />
  );
}
