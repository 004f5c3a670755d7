import { BlockList, isIP } from "node:net";
import { env } from "@/lib/core/env";

/**
 * The client address, the one place it is read (docs/decisions/0006-adresse-du-client.md). Next.js
 * exposes no socket address to route handlers and server actions, and fills `X-Forwarded-For` with
 * it only when the client sent none: that header alone is whatever the client says. So
 * instrumentation.ts stamps every request with the socket's address in SOCKET_ADDRESS_HEADER
 * (replacing whatever a client sent under that name), and X-Forwarded-For is believed only as far
 * as TRUSTED_PROXIES says.
 */
export const SOCKET_ADDRESS_HEADER = "x-sses-socket-address";

/** Nothing trusted: the socket. A number: that many proxies append to X-Forwarded-For. A list: proxies by address or CIDR range. */
export type TrustedProxies = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "ranges"; ranges: BlockList; source: string };

/** Requests no stamp reached (outside the Next server): they share one bucket rather than choose their own. */
export const UNKNOWN_ADDRESS = "inconnue";

/** TRUSTED_PROXIES: empty or 0, a count of hops (« 1 »), or addresses and CIDR ranges (« 10.0.0.0/8, 2001:db8::/32 »). Throws on anything else. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0") return { kind: "none" };
  if (/^\d+$/.test(text)) return { kind: "hops", hops: Number(text) };
  const ranges = new BlockList();
  for (const entry of text.split(",").map((part) => part.trim())) {
    const [address = "", prefix, extra] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (!family || extra !== undefined || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32))
      throw new Error(`TRUSTED_PROXIES : « ${entry} » n'est ni un nombre de proxys ni une adresse ou une plage CIDR`);
    ranges.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return { kind: "ranges", ranges, source: text };
}

/** « ::ffff:1.2.3.4 » is 1.2.3.4; anything that is not an IP address is null. */
function normalize(raw: string | null | undefined): string | null {
  const text = raw?.trim().replace(/^\[(.*)\]$/, "$1") ?? "";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text);
  const address = mapped?.[1] ?? text;
  return isIP(address) ? address.toLowerCase() : null;
}

function inRanges(ranges: BlockList, address: string): boolean {
  return ranges.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * Walks from the socket back through X-Forwarded-For (right to left), past the trusted proxies
 * only: the first address no trusted proxy vouches for is the client. An entry that is not an
 * address stops the walk at the last one that was.
 */
export function resolveClientAddress(headers: Headers, trusted: TrustedProxies): string {
  const socket = normalize(headers.get(SOCKET_ADDRESS_HEADER));
  if (!socket) return UNKNOWN_ADDRESS;
  if (trusted.kind === "none") return socket;
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").reverse();
  let client = socket;
  for (let hop = 0; hop < forwarded.length; hop++) {
    if (trusted.kind === "hops" ? hop >= trusted.hops : !inRanges(trusted.ranges, client)) break;
    const next = normalize(forwarded[hop]);
    if (!next) break;
    client = next;
  }
  return client;
}

/**
 * The key per-address limits count under: an IPv4 address, or the /64 of an IPv6 one (one
 * subscriber usually holds a whole /64, and could otherwise change address at each request).
 */
export function addressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  // An IPv4 tail (::ffff:… other than mapped, rare): keep it whole.
  if (groups.length !== 8) return address;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

let parsedProxies: { source: string | undefined; value: TrustedProxies } | undefined;

/** TRUSTED_PROXIES from the configuration, parsed once (a bad value fails loudly at the first request). */
export function trustedProxies(): TrustedProxies {
  const source = env().TRUSTED_PROXIES;
  if (!parsedProxies || parsedProxies.source !== source) parsedProxies = { source, value: parseTrustedProxies(source) };
  return parsedProxies.value;
}

/** The client's address as per-address limits count it (IPv6: its /64). */
export function clientAddress(headers: Headers, trusted: TrustedProxies = trustedProxies()): string {
  const address = resolveClientAddress(headers, trusted);
  return address === UNKNOWN_ADDRESS ? address : addressKey(address);
}
