import { timingSafeEqual } from "node:crypto";
import type { NextRequest } from "next/server";
import { revalidateHere } from "@/lib/revalidate";
import { CHANGE_KINDS } from "@/lib/public-areas";
import { INTERNAL_TOKEN } from "@/lib/revalidate-channel";

// Called only by this process's own listener (lib/revalidate-listener.ts), with a token that
// never leaves the process: another instance changed hubs or events, so this instance drops
// its cached pages of that area. Anyone else gets a 404.
const isInternal = (token: string | null) => {
  const given = Buffer.from(token ?? "");
  const expected = Buffer.from(INTERNAL_TOKEN);
  return given.length === expected.length && timingSafeEqual(given, expected);
};

export async function POST(request: NextRequest) {
  const area = CHANGE_KINDS.find((a) => a === request.nextUrl.searchParams.get("area"));
  if (!isInternal(request.headers.get("x-internal-token")) || !area) return new Response(null, { status: 404 });
  revalidateHere(area);
  return new Response(null, { status: 204 });
}
