import { getCurrentUser, isStaff } from "@/lib/auth/session";

// Who is signed in, for the header of pages that are cached for everyone (the page itself
// cannot know). Only what the header shows; never cached.
export async function GET() {
  const user = await getCurrentUser();
  return Response.json(user ? { user: { name: user.name, staff: isStaff(user) } } : { user: null }, {
    headers: { "cache-control": "private, no-store" },
  });
}
