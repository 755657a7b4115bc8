import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { ResendVerificationForm } from "@/components/auth/auth-forms";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <AuthCard title="Check your email">
      <div className="space-y-4 text-stone-800">
        <p role="status">
          We have sent a confirmation link to <strong>{email ?? "your email address"}</strong>. Open it to finish creating your
          account; it works for 48 hours.
        </p>
        <p>Nothing there after a few minutes? Look in your spam folder, or ask for a new link:</p>
        <ResendVerificationForm email={email} />
      </div>
    </AuthCard>
  );
}
