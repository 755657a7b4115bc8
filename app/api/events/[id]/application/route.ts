import { getCurrentUser } from "@/lib/auth/session";
import { getOwnApplication } from "@/lib/events/queries";

// The signed-in person's own application to one event, for the event page, which is cached
// for everyone and cannot know who is looking. Never cached.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const application = user ? await getOwnApplication(user, (await params).id) : null;
  return Response.json({ status: application?.status ?? null }, { headers: { "cache-control": "private, no-store" } });
}
