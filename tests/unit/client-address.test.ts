// Whose address a request counts against: the connection's, unless it came through a trusted proxy.
import { describe, expect, it } from "vitest";
import { clientAddress, SOCKET_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { delayAfter, SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";

// Read lazily by clientAddress on its first call, after this line.
process.env.TRUSTED_PROXIES = "10.0.0.0/8, 2001:db8::1";

const request = (socket: string, forwarded?: string) =>
  new Headers({ [SOCKET_ADDRESS_HEADER]: socket, ...(forwarded ? { "x-forwarded-for": forwarded } : {}) });

describe("clientAddress", () => {
  it.each([
    [
      "a direct client: its connection, whatever X-Forwarded-For says",
      request("203.0.113.9", "198.51.100.1"),
      "203.0.113.9",
    ],
    ["an IPv4 client on an IPv6 socket", request("::ffff:203.0.113.9"), "203.0.113.9"],
    ["through a trusted proxy: the address it appended", request("10.1.2.3", "198.51.100.7"), "198.51.100.7"],
    ["a spoofed entry before the proxy's is skipped", request("10.1.2.3", "1.2.3.4, 198.51.100.7"), "198.51.100.7"],
    ["two trusted hops", request("10.1.2.3", "198.51.100.7, 10.9.9.9"), "198.51.100.7"],
    ["a trusted IPv6 proxy", request("2001:db8::1", "2001:db8::77"), "2001:db8::77"],
    ["a trusted proxy that sent no header: the proxy itself", request("10.1.2.3"), "10.1.2.3"],
  ])("%s", (_case, headers, expected) => {
    expect(clientAddress(headers)).toBe(expected);
  });
});

describe("the sign-in delay", () => {
  it("is none below the threshold, then doubles from 10 s up to 60 s", () => {
    const delays = Array.from({ length: SIGN_IN_LIMITS.perAccount + 5 }, (_, failures) => delayAfter(failures));
    expect(delays).toEqual([0, 0, 0, 0, 0, 10, 20, 40, 60, 60]);
  });
});
