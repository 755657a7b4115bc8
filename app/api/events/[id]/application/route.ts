import { getCurrentUser } from "@/lib/auth/session";
import { getOwnApplicationStatus } from "@/lib/events/applications/queries";

// The signed-in person's own application to one event, for the event page, which is cached
// for everyone and cannot know who is looking: its status as a code, which the page says in
// its own language. Never cached.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const status = user ? await getOwnApplicationStatus(user, (await params).id) : null;
  return Response.json({ status }, { headers: { "cache-control": "private, no-store" } });
}
