/**
 * An image that only logged-in users may see (a pending sign-up's logo, a structure's own logo):
 * its type was sniffed at upload, nosniff keeps the browser to it, and a CSP of none makes sure an
 * image opened on its own can run nothing. Kept in the browser's private cache only.
 */
export function privateImageResponse(image: { content: Uint8Array; mimeType: string }): Response {
  return new Response(new Uint8Array(image.content), {
    headers: {
      "Content-Type": image.mimeType,
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
      "Cache-Control": "private, max-age=300",
    },
  });
}
