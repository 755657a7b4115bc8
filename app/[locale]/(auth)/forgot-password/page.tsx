import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/auth-forms";

export const metadata: Metadata = { title: "Forgotten password", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <AuthCard title="Forgotten your password?" intro="Enter the address of your account and we will email you a link to choose a new password.">
      <ForgotPasswordForm />
      <p className="mt-6 text-sm">
        Remembered it? <Link href="/sign-in">Sign in</Link>.
      </p>
    </AuthCard>
  );
}
