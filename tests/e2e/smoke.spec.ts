import { expect, test } from "./support";

// The site is up: the home page renders, carries the security headers, and runs in the
// browser without errors (a script blocked by the Content-Security-Policy logs one).
test("the home page loads with its security headers and no errors in the browser", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));

  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const headers = response!.headers();
  // A public page, cached for everyone: no nonce, the hashes of its own inline scripts (csp.spec.ts).
  expect(headers["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[^']+')+(;|$)/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-request-id"]).toMatch(/^[A-Za-z0-9._-]{8,64}$/);

  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
});

test("each response of a signed-in area gets its own nonce, and each response its own request id", async ({ request }) => {
  const [a, b] = await Promise.all([request.get("/sign-in"), request.get("/sign-in")]);
  const nonce = (r: typeof a) => /'nonce-([^']+)'/.exec(r.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce(a)).toBeTruthy();
  expect(nonce(a)).not.toBe(nonce(b));
  expect(a.headers()["x-request-id"]).not.toBe(b.headers()["x-request-id"]);
});

test("robots.txt keeps crawlers out of private pages only, and names the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  const text = await response.text();
  expect(text).toContain("Disallow: /admin\n");
  expect(text).not.toMatch(/^Allow:|^Disallow: \/api\/$/m);
  expect(text).toContain("Sitemap: ");
});
