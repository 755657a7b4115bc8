import { getCurrentUser } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/user";

// Who is signed in, for the parts of cached pages that depend on it (the header, the contact
// form's sender): only their name, email and whether they are staff; never cached.
export async function GET() {
  const user = await getCurrentUser();
  return Response.json(user ? { user: { name: user.name, email: user.email, staff: isStaff(user) } } : { user: null }, {
    headers: { "cache-control": "private, no-store" },
  });
}
