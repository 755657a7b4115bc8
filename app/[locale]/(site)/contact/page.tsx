import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ContactForm } from "@/components/site/contact-form";
import { PageContainer, PageIntro } from "@/components/site/page";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { sendContactMessageAction } from "@/lib/contact/actions";
import { CONTACT_TOPICS, isContactTopic, MESSAGE_MAX, MESSAGE_MIN } from "@/lib/contact/schema";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ topic?: string | string[] }> };

export const generateMetadata = pageMetadata({ title: "contact.meta.title", description: "contact.meta.description", path: "/contact" });

export default async function ContactPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale as Locale);
  const [user, { topic }, t] = await Promise.all([getCurrentUser(), searchParams, getTranslations("contact")]);
  return (
    <PageContainer narrow>
      <PageIntro title={t("intro.title")}>
        <p>{t("intro.lead")}</p>
      </PageIntro>
      <div className="mt-8 rounded-lg border border-stone-200 bg-white p-5 shadow-sm sm:p-8">
        <ClientMessages only={["contact.form", "contact.topics", "contact.errors"]}>
          <ContactForm
            action={sendContactMessageAction}
            topics={CONTACT_TOPICS}
            defaults={{ name: user?.name, email: user?.email, topic: isContactTopic(topic) ? topic : undefined }}
            messageMin={MESSAGE_MIN}
            messageMax={MESSAGE_MAX}
          />
        </ClientMessages>
      </div>
      <p className="mt-6 text-sm text-stone-600">
        {t.rich("privacyNote", {
          privacy: (chunks) => (
            <Link href="/privacy" className="text-brand-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </PageContainer>
  );
}
