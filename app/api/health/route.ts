import { db } from "@/lib/db";
import { RETRY_AFTER_SECONDS } from "@/lib/database-availability";

// For a load balancer's health check: 200 when this instance can reach PostgreSQL, else 503.
// The home page is served from the cache and no longer says whether the database answers.
export async function GET() {
  const headers = { "cache-control": "no-store" };
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ ok: true }, { headers });
  } catch {
    return Response.json({ ok: false }, { status: 503, headers: { ...headers, "retry-after": String(RETRY_AFTER_SECONDS) } });
  }
}
