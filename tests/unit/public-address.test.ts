import { describe, expect, it } from "vitest";
import { isPublicAddress } from "@/lib/net/public-fetch";

// The link checker (lib/net/public-fetch.ts) connects only to public unicast addresses: these
// are the addresses a URL or a DNS answer might carry to reach this machine, its network or
// its cloud's metadata service instead.

const NOT_PUBLIC = {
  "IPv4 loopback": ["127.0.0.1", "127.255.255.254"],
  "this network": ["0.0.0.0", "0.1.2.3"],
  private: ["10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.255", "192.168.0.1", "192.168.255.255"],
  "link-local and cloud metadata": ["169.254.0.1", "169.254.169.254"],
  "carrier-grade NAT": ["100.64.0.1", "100.127.255.255"],
  "multicast and broadcast": ["224.0.0.1", "239.255.255.255", "255.255.255.255"],
  "reserved and documentation": ["192.0.0.8", "192.0.2.1", "198.18.0.1", "198.51.100.1", "203.0.113.1", "240.0.0.1"],
  "IPv6 loopback and unspecified": ["::1", "::"],
  "IPv6 unique-local and link-local": ["fc00::1", "fd12:3456::1", "fe80::1", "fec0::1"],
  "IPv6 multicast": ["ff02::1"],
  "IPv4-mapped and IPv4-compatible IPv6": ["::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:8.8.8.8", "::127.0.0.1"],
  "NAT64, 6to4 and Teredo": ["64:ff9b::7f00:1", "64:ff9b:1::a00:1", "2002:7f00:1::1", "2001::1"],
  "IPv6 documentation": ["2001:db8::1", "3fff::1"],
  "not an address": ["", "localhost", "127.1", "0x7f000001", "fe80::1%eth0"],
};

describe("isPublicAddress", () => {
  it.each(Object.entries(NOT_PUBLIC))("refuses %s", (_name, addresses) => {
    expect(addresses.filter((ip) => isPublicAddress(ip))).toEqual([]);
  });

  it("accepts public unicast addresses", () => {
    for (const ip of ["8.8.8.8", "93.184.216.34", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "2a00:1450:4001::200e"]) {
      expect(isPublicAddress(ip), ip).toBe(true);
    }
  });
});
