import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { SOCKET_ADDRESS_HEADER } from "./client-address";

let stamping = false;

/**
 * Called once by instrumentation.ts in the Node.js server: Node publishes every request on
 * « http.server.request.start » before the server's own listener (Next's) runs, so the socket's
 * address is written into the request's headers before Next reads them, overwriting any value a
 * client sent under the same name. Public Node API (diagnostics_channel, Node ≥ 18.7), no patching.
 */
export function stampSocketAddresses(): void {
  if (stamping) return;
  stamping = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[SOCKET_ADDRESS_HEADER] = socket.remoteAddress ?? "";
  });
}
