import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/auth-forms";
import { AUTH_FORM_MESSAGES } from "@/components/auth/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { linkTo } from "@/components/i18n/rich-text";

type Params = Promise<{ locale: string }>;

export const generateMetadata = pageMetadata({ title: "auth.signUp.metaTitle", path: "/sign-up", personal: true });

export default async function SignUpPage({ params }: { params: Params }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  if (await getCurrentUser()) redirect({ href: "/account", locale });
  const t = await getTranslations("auth.signUp");
  return (
    <AuthCard title={t("title")} intro={t.rich("intro", { link: linkTo("/sign-in") })}>
      <ClientMessages only={AUTH_FORM_MESSAGES.signUp}>
        <SignUpForm />
      </ClientMessages>
      <p className="mt-6 text-sm text-stone-600">{t.rich("privacy", { link: linkTo("/privacy") })}</p>
    </AuthCard>
  );
}
