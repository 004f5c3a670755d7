import { describe, expect, it } from "vitest";
import { addressKey, parseTrustedProxies, resolveClientAddress, SOCKET_ADDRESS_HEADER, UNKNOWN_ADDRESS } from "./client-address";

const request = (socket: string | null, forwarded?: string) =>
  new Headers({ ...(socket === null ? {} : { [SOCKET_ADDRESS_HEADER]: socket }), ...(forwarded === undefined ? {} : { "x-forwarded-for": forwarded }) });

describe("resolveClientAddress (docs/decisions/0006-adresse-du-client.md)", () => {
  it("is the socket's address without TRUSTED_PROXIES, whatever X-Forwarded-For says", () => {
    const none = parseTrustedProxies(undefined);
    expect(resolveClientAddress(request("203.0.113.5", "1.2.3.4"), none)).toBe("203.0.113.5");
    expect(resolveClientAddress(request("::ffff:203.0.113.5"), none)).toBe("203.0.113.5");
    expect(parseTrustedProxies("0")).toEqual({ kind: "none" });
  });

  it("shares one bucket when no stamp reached the request (never the client's word)", () => {
    expect(resolveClientAddress(request(null, "1.2.3.4"), parseTrustedProxies("1"))).toBe(UNKNOWN_ADDRESS);
  });

  it("believes the entry the configured number of hops from the right", () => {
    expect(resolveClientAddress(request("10.0.0.1", "6.6.6.6, 198.51.100.7"), parseTrustedProxies("1"))).toBe("198.51.100.7");
    expect(resolveClientAddress(request("10.0.0.1", "6.6.6.6, 198.51.100.7, 10.0.0.2"), parseTrustedProxies("2"))).toBe("198.51.100.7");
    // Fewer entries than hops: the furthest one given.
    expect(resolveClientAddress(request("10.0.0.1", "198.51.100.7"), parseTrustedProxies("3"))).toBe("198.51.100.7");
    // A garbage entry at the trusted hop: the last address a trusted proxy vouched for.
    expect(resolveClientAddress(request("10.0.0.1", "nimportequoi"), parseTrustedProxies("1"))).toBe("10.0.0.1");
  });

  it("with CIDR ranges, walks past trusted proxies only, and ignores X-Forwarded-For from an untrusted socket", () => {
    const ranges = parseTrustedProxies("10.0.0.0/8, 2001:db8::/32");
    expect(resolveClientAddress(request("10.0.0.1", "6.6.6.6, 198.51.100.7, 10.1.2.3"), ranges)).toBe("198.51.100.7");
    expect(resolveClientAddress(request("2001:db8::1", "198.51.100.8"), ranges)).toBe("198.51.100.8");
    expect(resolveClientAddress(request("203.0.113.9", "198.51.100.7"), ranges)).toBe("203.0.113.9");
  });

  it("refuses a TRUSTED_PROXIES it cannot read", () => {
    for (const bad of ["proxy.local", "10.0.0.0/33", "10.0.0.1/8/2", "-1"]) expect(() => parseTrustedProxies(bad)).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("addressKey", () => {
  it("keeps IPv4 and counts IPv6 by its /64", () => {
    expect(addressKey("198.51.100.7")).toBe("198.51.100.7");
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
  });
});
