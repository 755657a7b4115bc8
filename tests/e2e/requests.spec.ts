import { request as httpRequest } from "node:http";
import { networkInterfaces } from "node:os";
import type { Request } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, FROM_THIS_MACHINE, expect, signInAs, test } from "./support";

// What the site answers at the HTTP level, before any page or action code runs: requests
// another site could have sent, bodies no form of ours sends, unknown addresses, and the
// security headers every page carries.

const FORM = "application/x-www-form-urlencoded";

test.describe("a state-changing request from elsewhere is refused", () => {
  test("a POST with no Origin header gets 403 and a sentence saying why", async ({ request }) => {
    const response = await request.post("/sign-in", { headers: { "content-type": FORM }, data: "email=a%40example.org&password=x" });
    expect(response.status()).toBe(403);
    expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
    expect(await response.text()).toBe(
      "This request was refused: it did not come from a page of this site (missing or foreign Origin header).",
    );
  });

  test("a POST from a foreign Origin gets 403", async ({ request }) => {
    for (const origin of ["https://attacker.example", "null"]) {
      const response = await request.post("/sign-in", { headers: { origin, "content-type": FORM }, data: "email=a%40example.org" });
      expect(response.status(), `Origin: ${origin}`).toBe(403);
      expect(await response.text()).toContain("missing or foreign Origin header");
    }
  });

  test("the sign-in endpoint of the auth library is covered too", async ({ request }) => {
    const response = await request.post("/api/auth/callback/credentials", {
      headers: { origin: "https://attacker.example", "content-type": FORM },
      data: "email=staff%40echn.test&password=guess",
    });
    expect(response.status()).toBe(403);
  });

  test("a POST with a content type no form sends gets 415, even from our own Origin", async ({ request, baseURL }) => {
    const response = await request.post("/sign-in", {
      headers: { origin: new URL(baseURL!).origin, "content-type": "application/xml" },
      data: "<signIn><email>a@example.org</email></signIn>",
    });
    expect(response.status()).toBe(415);
    expect(await response.text()).toBe('This request was refused: content type "application/xml" is not accepted here.');
  });
});

test("an oversized server action body is refused with a 4xx, never a 500", async ({ page, request, baseURL }) => {
  // The id of the real sign-up action, taken from the browser's own call to it.
  let action: Request | undefined;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) action ??= r;
  });
  await page.goto("/sign-up");
  const form = page.getByRole("main").locator("form");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
  expect(action, "the sign-up form calls a server action").toBeDefined();
  const headers = action!.headers();

  const response = await request.post("/sign-up", {
    headers: {
      origin: new URL(baseURL!).origin,
      accept: "text/x-component",
      "next-action": headers["next-action"]!,
      ...(headers["next-router-state-tree"] ? { "next-router-state-tree": headers["next-router-state-tree"] } : {}),
    },
    multipart: {
      "1_name": "x".repeat(7 * 1024 * 1024), // over the 6 MB limit (proxy.ts)
      "1_email": "big@example.org",
      "1_password": "Big-password-123",
      "0": '[{"ok":false},"$K1"]',
    },
    maxRedirects: 0,
  });
  const body = await response.text();
  const summary = `POST /sign-up (7 MB) answered ${response.status()}: ${body.slice(0, 300)}`;
  expect(response.status(), summary).toBeLessThan(500);
  expect(response.status(), summary).toBeGreaterThanOrEqual(400);
  expect(response.status(), summary).toBe(413);
});

test("a chunked body over the limit, which declares no length, gets 413 too", async ({ baseURL }) => {
  const url = new URL("/sign-up", baseURL);
  const status = await new Promise<number>((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", headers: { origin: url.origin, "content-type": FORM, "transfer-encoding": "chunked" } }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on("error", reject);
    const chunk = Buffer.alloc(1024 * 1024, "a");
    const write = (left: number) => (left === 0 ? req.end() : req.write(chunk, () => write(left - 1)));
    write(7); // over the 6 MB limit (lib/incoming.ts)
  });
  expect(status).toBe(413);
});

test.describe("the development outbox, which holds password-reset links", () => {
  test("sends a visitor to sign in and answers a member 404", async ({ page }) => {
    await page.setExtraHTTPHeaders(FROM_THIS_MACHINE);
    await page.goto("/dev/outbox");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fdev%2Foutbox/);
    await signInAs(page, DEMO_ACCOUNTS.member, DEMO_PASSWORD);
    const response = await page.goto("/dev/outbox");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Outbox" })).toHaveCount(0);
  });

  test("answers 404 on an address other than loopback, even to staff", async ({ page, baseURL }) => {
    const outside = Object.values(networkInterfaces()).flat().find((i) => i && !i.internal && i.family === "IPv4");
    test.skip(!outside, "this machine has no address other than loopback");
    await signInAs(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
    await page.setExtraHTTPHeaders(FROM_THIS_MACHINE);
    expect((await page.goto("/dev/outbox"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
    // The same site, reached on this machine's network address: the cookie is host-only, so it goes along by hand.
    const there = new URL("/dev/outbox", baseURL);
    there.hostname = outside!.address;
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const response = await page.request.get(there.toString(), { headers: { cookie, ...FROM_THIS_MACHINE }, maxRedirects: 0 });
    expect(response.status()).toBe(404);
  });

  test("answers 404 to a visitor that a proxy on this machine forwards from elsewhere, even to staff", async ({ page }) => {
    // The test app trusts one proxy (app-env.ts): this request says it came through one, for a far client.
    await signInAs(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
    const response = await page.request.get("/dev/outbox", { headers: { "x-forwarded-for": "203.0.113.9" }, maxRedirects: 0 });
    expect(response.status()).toBe(404);
  });
});

test("the route through which an instance refreshes its own cache answers nobody else", async ({ request, baseURL }) => {
  for (const token of [undefined, "guess"]) {
    const response = await request.post("/api/internal/revalidate?area=hubs", {
      headers: { origin: baseURL!, "content-type": "application/json", ...(token ? { "x-internal-token": token } : {}) },
      data: "{}",
    });
    expect(response.status()).toBe(404);
  }
});

test("a control character in an address's path is refused with 400, not 500", async ({ request }) => {
  for (const path of ["/hubs/%00", "/events/%00"]) expect((await request.get(path)).status(), path).toBe(400);
});

test("an unknown address gets the friendly 404 page", async ({ page, request }) => {
  const raw = await request.get("/no-such-page/anywhere");
  expect(raw.status()).toBe(404);

  const response = await page.goto("/no-such-page/anywhere");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Go to the home page" })).toBeVisible();
});

test("pages and scripts are compressed, brotli for browsers and gzip for others; the map data is compressed once", async ({ request }) => {
  const home = await (await request.get("/")).text();
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
  expect(script, "a script of the home page").toBeTruthy();
  for (const [accept, coding] of [["gzip, deflate, br, zstd", "br"], ["gzip", "gzip"]] as const) {
    for (const path of ["/hubs", "/sign-in", script!]) {
      const response = await request.get(path, { headers: { "accept-encoding": accept } });
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-encoding"], `${path} for ${accept}`).toBe(coding);
      expect((await response.body()).length, path).toBeGreaterThan(500);
    }
    // Decoded once (as a browser does), it is the GeoJSON itself.
    const data = await request.get("/api/hubs/geojson", { headers: { "accept-encoding": accept } });
    expect(data.headers()["content-encoding"]).toBe(coding);
    expect((await data.json()).type).toBe("FeatureCollection");
  }
  const plain = await request.get("/api/hubs/geojson", { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect((await plain.json()).type).toBe("FeatureCollection");
});

test.describe("every page carries the security headers", () => {
  test("CSP with a fresh nonce where people sign in, no framing, no sniffing, a referrer policy and a request id", async ({ request }) => {
    const response = await request.get("/sign-in");
    expect(response.status()).toBe(200);
    const headers = response.headers();

    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("script-src");
    const directives = new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    const scriptSrc = directives.get("script-src") ?? [];
    const nonce = scriptSrc.find((v) => v.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
    expect(nonce, `script-src has a nonce: ${csp}`).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);

    // The nonce is the one Next puts on the page's scripts, and each response has its own.
    const html = await response.text();
    expect(html).toContain(`nonce="${nonce}"`);
    const again = await request.get("/sign-in");
    expect(again.headers()["content-security-policy"]).not.toBe(csp);

    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-request-id"]).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
    expect(again.headers()["x-request-id"]).not.toBe(headers["x-request-id"]);
  });

  test("cached public pages get a fixed policy: their own inline scripts and same-origin files, nothing else", async ({ request }) => {
    for (const path of ["/", "/hubs", "/about"]) {
      const response = await request.get(path);
      const csp = response.headers()["content-security-policy"] ?? "";
      const directives = new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(directives.get("script-src")?.join(" "), path).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
      expect(directives.get("object-src"), path).toEqual(["'none'"]);
      expect(directives.get("base-uri"), path).toEqual(["'self'"]);
      expect(directives.get("frame-ancestors"), path).toEqual(["'none'"]);
      expect(await response.text(), path).not.toContain("nonce=");
    }
  });

  test("a well-formed incoming request id is kept, a malformed one replaced", async ({ request }) => {
    const kept = await request.get("/about", { headers: { "x-request-id": "e2e-trace-0123456789" } });
    expect(kept.headers()["x-request-id"]).toBe("e2e-trace-0123456789");

    const replaced = await request.get("/about", { headers: { "x-request-id": "<script>alert(1)</script>" } });
    expect(replaced.headers()["x-request-id"]).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
  });

  test("the sign-in page and the 404 page carry them too", async ({ request }) => {
    for (const path of ["/sign-in", "/no-such-page"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
    }
  });
});
