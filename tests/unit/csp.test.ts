import { describe, expect, it } from "vitest";
import { needsNonce } from "@/lib/public-areas";
import { contentSecurityPolicy } from "@/proxy";

describe("the Content-Security-Policy", () => {
  it("gives pages where people sign in, handle their account, apply or do staff work a per-response nonce", () => {
    for (const path of ["/sign-in", "/sign-up/check-email", "/forgot-password", "/reset-password", "/verify-email", "/account", "/account/hubs/x/edit", "/admin", "/admin/events/x", "/hubs/new", "/events/some-event/apply", "/dev/outbox"]) {
      expect(needsNonce(path), path).toBe(true);
    }
  });

  it("serves the cached public pages with a fixed policy", () => {
    for (const path of ["/", "/about", "/hubs", "/hubs/all/name/1", "/hubs/newcastle-makers", "/events", "/events/forum-athens-2017", "/map", "/contact", "/accountant"]) {
      expect(needsNonce(path), path).toBe(false);
    }
  });

  it("allows no eval, no foreign scripts, no plugins and no framing either way", () => {
    for (const policy of [contentSecurityPolicy("abc", false), contentSecurityPolicy(null, false)]) {
      expect(policy).not.toContain("unsafe-eval");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("base-uri 'self'");
    }
    expect(contentSecurityPolicy("abc", false)).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(contentSecurityPolicy(null, false)).toContain("script-src 'self' 'unsafe-inline'");
  });
});
