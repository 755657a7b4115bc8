import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { ResendVerificationForm, SignInForm } from "@/components/auth/auth-forms";
import { signInRefusalMessage } from "@/lib/auth/messages";
import { safeRedirectPath } from "@/lib/auth/rules";
import { getCurrentUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/form-state";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Search = { next?: string; verified?: string; reset?: string; error?: string; code?: string };

function notice(q: Search): FormState {
  if (q.verified) return { ok: true, message: "Your email address is confirmed. Sign in to continue." };
  if (q.reset) return { ok: true, message: "Your password has been changed. Sign in with the new one." };
  if (q.error) return { ok: false, message: signInRefusalMessage(q.code) };
  return { ok: false };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Search> }) {
  const q = await searchParams;
  if (await getCurrentUser()) redirect(safeRedirectPath(q.next));
  return (
    <div className="space-y-8">
      <AuthCard title="Sign in" intro={<>New to ECHN? <Link href="/sign-up">Create an account</Link>.</>}>
        <SignInForm next={q.next} initialState={notice(q)} />
      </AuthCard>
      <section aria-labelledby="resend-heading" className="rounded-xl border border-stone-200 bg-white p-6">
        <h2 id="resend-heading" className="text-lg font-semibold">Did not get the confirmation email?</h2>
        <p className="mt-1 text-sm text-stone-700">Confirmation links expire after 48 hours. Ask for a new one here.</p>
        <div className="mt-4">
          <ResendVerificationForm />
        </div>
      </section>
    </div>
  );
}
