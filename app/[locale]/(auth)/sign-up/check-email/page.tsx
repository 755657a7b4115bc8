import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ResendVerificationForm } from "@/components/auth/auth-forms";
import { AUTH_FORM_MESSAGES } from "@/components/auth/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { strong } from "@/components/i18n/rich-text";

type Params = Promise<{ locale: string }>;

export const generateMetadata = pageMetadata({ title: "auth.checkEmail.title", path: "/sign-up/check-email", personal: true });

export default async function CheckEmailPage({ params, searchParams }: { params: Params; searchParams: Promise<{ email?: string }> }) {
  setRequestLocale((await params).locale as Locale);
  const { email } = await searchParams;
  const t = await getTranslations("auth.checkEmail");
  return (
    <AuthCard title={t("title")}>
      <div className="space-y-4 text-stone-800">
        <p role="status">{t.rich("sent", { email: email ?? t("yourAddress"), strong: strong })}</p>
        <p>{t("nothingThere")}</p>
        <ClientMessages only={AUTH_FORM_MESSAGES.resend}>
          <ResendVerificationForm email={email} />
        </ClientMessages>
      </div>
    </AuthCard>
  );
}
