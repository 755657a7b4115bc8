import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm, DeleteAccountForm, ProfileForm } from "@/components/account/account-forms";
import { getOwnAccount } from "@/lib/auth/queries";
import { requireUser } from "@/lib/auth/session";
import { Confirmation } from "@/components/site/notice";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/Brussels" });

function Section({ id, title, children, intro }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-stone-200 bg-white p-6">
      <h2 id={id} className="text-xl font-semibold">{title}</h2>
      {intro ? <p className="mt-1 text-stone-700">{intro}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ "password-changed"?: string }> }) {
  const user = await requireUser();
  const account = await getOwnAccount(user.id);
  const { "password-changed": passwordChanged } = await searchParams;
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <div>
        <h1 className="text-3xl font-bold">Your account</h1>
        <p className="mt-2 text-stone-700">
          Signed in as <strong>{account.email}</strong>
          {account.role !== "member" ? <> ({account.role})</> : null}, member since {dateFormat.format(account.createdAt)}.
        </p>
        <p className="mt-2">
          <Link href="/account/hubs">Your hubs</Link>: the hubs you manage on the map, your drafts and your invitations.
        </p>
        <p className="mt-2">
          <Link href="/account/applications">Your applications</Link>: the events you applied or registered for, and where each one stands.
        </p>
        {passwordChanged ? (
          <Confirmation>Your password has been changed and your other devices were signed out. We have emailed you a confirmation.</Confirmation>
        ) : null}
      </div>
      <Section id="details" title="Your details">
        <ProfileForm name={account.name} />
      </Section>
      <Section id="password" title="Change your password" intro="Changing it signs you out on every other device.">
        <ChangePasswordForm />
      </Section>
      <Section id="delete" title="Delete your account" intro="This removes your account and sign-in details for good. Messages you sent us stay, without your name or address. This cannot be undone.">
        <DeleteAccountForm />
      </Section>
    </div>
  );
}
