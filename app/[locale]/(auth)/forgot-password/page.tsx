import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/auth-forms";
import { AUTH_FORM_MESSAGES } from "@/components/auth/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { linkTo } from "@/components/i18n/rich-text";

type Params = Promise<{ locale: string }>;

export const generateMetadata = pageMetadata({ title: "auth.forgotPassword.metaTitle", path: "/forgot-password", personal: true });

export default async function ForgotPasswordPage({ params }: { params: Params }) {
  setRequestLocale((await params).locale as Locale);
  const t = await getTranslations("auth.forgotPassword");
  return (
    <AuthCard title={t("title")} intro={t("intro")}>
      <ClientMessages only={AUTH_FORM_MESSAGES.forgotPassword}>
        <ForgotPasswordForm />
      </ClientMessages>
      <p className="mt-6 text-sm">{t.rich("remembered", { link: linkTo("/sign-in") })}</p>
    </AuthCard>
  );
}
