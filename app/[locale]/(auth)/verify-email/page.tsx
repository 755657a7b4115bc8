import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { VerifyEmailForm } from "@/components/auth/auth-forms";

export const metadata: Metadata = { title: "Confirm your email address", robots: { index: false } };

// Confirming takes a click (a POST), so that mail scanners that open links do not use them up.
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Confirm your email address">
      {token ? (
        <div className="space-y-4">
          <p>One last step: confirm that this address is yours, and your account is ready.</p>
          <VerifyEmailForm token={token} />
        </div>
      ) : (
        <p>
          This link is incomplete. Open the link from the email again, or <Link href="/sign-in">ask for a new one</Link>.
        </p>
      )}
    </AuthCard>
  );
}
