// proxy.ts refuses a state-changing request that did not come from a page of this site. The
// host it compares the Origin with is the request's own Host, unless a trusted proxy says
// which host it was asked for: a client cannot name the host it pretends to be on.
import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { refuseControlCharacterPath, refuseUnsafeRequest } from "@/proxy";

const post = (headers: Record<string, string>) =>
  new NextRequest("http://site.example/contact", { method: "POST", headers: { host: "site.example", "content-type": "application/x-www-form-urlencoded", ...headers } });

afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
});

describe("the origin check", () => {
  it("lets a form of this site through", () => {
    expect(refuseUnsafeRequest(post({ origin: "http://site.example" }))).toBeNull();
  });

  it("refuses a foreign Origin that names itself in X-Forwarded-Host when no proxy is trusted", () => {
    expect(refuseUnsafeRequest(post({ origin: "https://attacker.example", "x-forwarded-host": "attacker.example" }))?.status).toBe(403);
  });

  it("takes the host from X-Forwarded-Host behind a trusted proxy", () => {
    process.env.TRUSTED_PROXIES = "1";
    expect(refuseUnsafeRequest(post({ origin: "https://www.site.example", "x-forwarded-host": "www.site.example" }))).toBeNull();
    expect(refuseUnsafeRequest(post({ origin: "https://attacker.example", "x-forwarded-host": "www.site.example" }))?.status).toBe(403);
  });
});

describe("an address with a control character in its path", () => {
  it("is refused with 400 before any page reads it (PostgreSQL refuses NUL: it was a 500)", () => {
    for (const path of ["/hubs/%00", "/events/a%1Fb", "/api/hubs/%7F/standing"]) expect(refuseControlCharacterPath(path)?.status, path).toBe(400);
  });

  it("lets every other address through, odd encodings included", () => {
    for (const path of ["/hubs/caf%C3%A9", "/hubs/%E0%A4%A", "/events/2026", "/"]) expect(refuseControlCharacterPath(path), path).toBeNull();
  });
});
