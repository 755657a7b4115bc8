import { getCurrentUser } from "@/lib/auth/session";
import { setOwnLanguage } from "@/lib/users/commands";
import { languageSchema } from "@/lib/users/schema";

// The language switcher's choice, kept on the signed-in account (emails follow it). Signed out,
// the switcher's cookie is the only record, and this does nothing.
export async function POST(request: Request) {
  const parsed = languageSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ ok: false }, { status: 400 });
  const user = await getCurrentUser();
  if (user) await setOwnLanguage(user, parsed.data.locale);
  return Response.json({ ok: true, saved: Boolean(user) }, { headers: { "cache-control": "private, no-store" } });
}
