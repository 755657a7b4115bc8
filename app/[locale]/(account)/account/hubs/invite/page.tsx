import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInviteForm } from "@/components/account/hubs/owner-forms";
import { PageContainer, PageIntro } from "@/components/site/page";
import { getCurrentUser } from "@/lib/auth/session";
import { findInvitation, ownsHub } from "@/lib/hubs/ownership/queries";
import { countryName } from "@/lib/countries";

export const metadata: Metadata = { title: "Invitation to manage a hub", robots: { index: false }, referrer: "no-referrer" };

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/Brussels" });

const box = "mt-6 rounded-xl border border-stone-200 bg-white p-6 space-y-4";

// Accepting takes a click (a POST), so that mail scanners opening the link do not use it up.
// Visitors see the invitation too: holding the emailed link is what entitles one to it.
export default async function HubInvitePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const invitation = token ? await findInvitation(token) : null;
  if (!token || !invitation) {
    return (
      <PageContainer narrow>
        <PageIntro title="Invitation to manage a hub">
          <p>
            This invitation link is incomplete or no longer valid: it may have been withdrawn, or replaced by a newer invitation. Open the link from the newest email again, or ask the
            hub&apos;s owner to invite you once more.
          </p>
        </PageIntro>
      </PageContainer>
    );
  }

  const actor = await getCurrentUser();
  const { hub, email } = invitation;
  const inviter = invitation.invitedBy?.name ?? null;
  const here = `/account/hubs/invite?token=${encodeURIComponent(token)}`;

  let body: React.ReactNode;
  if (invitation.state === "used") {
    body = <p>This invitation has already been used: each link works once. If you accepted it, the hub is on <Link href="/account/hubs">your hubs page</Link>.</p>;
  } else if (invitation.state === "expired") {
    body = <p>This invitation expired on {day.format(invitation.expires)}. Ask {inviter ?? "the hub's owner"} to send you a new one.</p>;
  } else if (!actor) {
    body = (
      <>
        <p>To accept, sign in with <strong>{email}</strong>, the address the invitation was sent to. You will come back to this page.</p>
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent(here)}`} className="inline-flex rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-800">
            Sign in to accept
          </Link>
        </p>
        <p>No account yet? <Link href="/sign-up">Create one with {email}</Link>, confirm the address from the email we send, then open the invitation link again.</p>
      </>
    );
  } else if (actor.email.toLowerCase() !== email) {
    body = (
      <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">
        This invitation was sent to <strong>{email}</strong>, and you are signed in as <strong>{actor.email}</strong>. Sign out, then sign in with {email} (or create an account with
        it) and open the invitation link again.
      </p>
    );
  } else if (await ownsHub(actor, hub.id)) {
    body = <p>You already manage “{hub.name}”. You will find it on <Link href="/account/hubs">your hubs page</Link>.</p>;
  } else {
    body = (
      <>
        <p>Once you accept, “{hub.name}” appears on your hubs page: you can edit it, invite others and confirm each year that its details are still true.</p>
        <AcceptInviteForm token={token} hubName={hub.name} />
      </>
    );
  }

  return (
    <PageContainer narrow>
      <PageIntro title="Invitation to manage a hub">
        <p>
          {inviter ?? "An owner of the hub"} invited {actor && actor.email.toLowerCase() === email ? "you" : email} to manage <strong>{hub.name}</strong> ({hub.city}, {countryName(hub.countryCode)}) on the map.
        </p>
      </PageIntro>
      <div className={box}>{body}</div>
    </PageContainer>
  );
}
