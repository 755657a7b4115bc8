import { getCurrentUser } from "@/lib/auth/session";
import { getHubStanding } from "@/lib/hubs/ownership/queries";

// Whether the signed-in person manages a hub or has asked to, for the hub's page, which is
// cached for everyone and cannot know who is looking. Never cached.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const standing = user ? await getHubStanding(user, (await params).id) : "signed-out";
  return Response.json({ standing }, { headers: { "cache-control": "private, no-store" } });
}
