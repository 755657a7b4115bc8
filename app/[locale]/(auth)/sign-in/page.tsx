import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ResendVerificationForm, SignInForm } from "@/components/auth/auth-forms";
import { AUTH_FORM_MESSAGES } from "@/components/auth/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageNotice } from "@/components/site/page-notice";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { signInRefusalMessage } from "@/lib/auth/messages";
import { returnPath } from "@/lib/auth/rules";
import { getCurrentUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/form-state";
import { linkTo } from "@/components/i18n/rich-text";

type Params = Promise<{ locale: string }>;
type Search = { next?: string; error?: string; code?: string };

export const generateMetadata = pageMetadata({ title: "auth.signIn.title", path: "/sign-in", personal: true });

/** A refusal Auth.js redirected here with (`?error=…&code=…`), shown in the form. */
const refusal = (q: Search): FormState => (q.error ? { ok: false, message: signInRefusalMessage(q.code) } : { ok: false });

export default async function SignInPage({ params, searchParams }: { params: Params; searchParams: Promise<Search> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const q = await searchParams;
  // A full address already in its language (returnPath), so Next's own redirect.
  if (await getCurrentUser()) redirect(returnPath(q.next, locale));
  const t = await getTranslations("auth.signIn");
  return (
    <ClientMessages only={[...AUTH_FORM_MESSAGES.signIn, ...AUTH_FORM_MESSAGES.resend]}>
      <div className="space-y-8">
        <AuthCard title={t("title")} intro={t.rich("intro", { link: linkTo("/sign-up") })}>
          <PageNotice page="signIn" className="mb-5" />
          <SignInForm next={q.next} initialState={refusal(q)} />
        </AuthCard>
        <section aria-labelledby="resend-heading" className="rounded-xl border border-stone-200 bg-white p-6">
          <h2 id="resend-heading" className="text-lg font-semibold">{t("resendHeading")}</h2>
          <p className="mt-1 text-sm text-stone-700">{t("resendIntro")}</p>
          <div className="mt-4">
            <ResendVerificationForm />
          </div>
        </section>
      </div>
    </ClientMessages>
  );
}
