import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/auth-forms";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/account");
  return (
    <AuthCard
      title="Join ECHN"
      intro={
        <>
          An account lets you add your hub to the map, apply to events and peer-to-peer exchanges. Already a member?{" "}
          <Link href="/sign-in">Sign in</Link>.
        </>
      }
    >
      <SignUpForm />
      <p className="mt-6 text-sm text-stone-600">
        We use your email address to run your account and to tell you about your applications. See the{" "}
        <Link href="/privacy">privacy notice</Link>.
      </p>
    </AuthCard>
  );
}
