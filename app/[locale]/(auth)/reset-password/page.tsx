import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/auth-forms";
import { resetLinkIsValid } from "@/lib/auth/queries";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false } };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  if (!token || !(await resetLinkIsValid(token))) {
    return (
      <AuthCard title="This link no longer works">
        <p>
          Reset links work once and expire after an hour. <Link href="/forgot-password">Ask for a new link</Link>.
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" intro="Signing in with the new password also signs you out everywhere else.">
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
