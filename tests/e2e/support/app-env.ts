// How the end-to-end suite runs the app: global-setup.ts starts it, and the spec for several
// instances starts a second one on the same database.
import type { Env } from "../../../scripts/lib/app";

export function appEnv(databaseUrl: string, url: string, port: number): Env {
  return {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
    AUTH_TRUST_HOST: "true",
    AUTH_URL: url,
    SITE_URL: url,
    ECHN_DEV_TOOLS: "1",
    // The suite stands in for a load balancer: each test's made-up X-Forwarded-For (visitorIp)
    // is the client address the app reads for its per-IP rate limits.
    TRUSTED_PROXIES: "1",
    BCRYPT_COST: "4",
    PORT: String(port),
  };
}
