import type { Metadata } from "next";
import Link from "next/link";
import { ContactForm } from "@/components/site/contact-form";
import { PageContainer, PageIntro } from "@/components/site/page";
import { getCurrentUser } from "@/lib/auth/session";
import { sendContactMessageAction } from "@/lib/contact/actions";
import { CONTACT_TOPICS, MESSAGE_MAX } from "@/lib/contact/schema";

export const metadata: Metadata = {
  title: "Contact us",
  description: "Write to the European Creative Hubs Network team about hubs, events, P2P exchanges, press or accessibility.",
};

export default async function ContactPage({ searchParams }: { searchParams: Promise<{ topic?: string | string[] }> }) {
  const [user, { topic }] = await Promise.all([getCurrentUser(), searchParams]);
  const knownTopic = CONTACT_TOPICS.find((t) => t.value === topic)?.value;
  return (
    <PageContainer narrow>
      <PageIntro title="Contact us">
        <p>Questions about creative hubs, the map, events or P2P exchanges, a press enquiry, or a problem using this site: write to us and our team will reply by email.</p>
      </PageIntro>
      <div className="mt-8 rounded-lg border border-stone-200 bg-white p-5 shadow-sm sm:p-8">
        <ContactForm
          action={sendContactMessageAction}
          topics={CONTACT_TOPICS}
          defaults={{ name: user?.name, email: user?.email, topic: knownTopic }}
          messageMax={MESSAGE_MAX}
        />
      </div>
      <p className="mt-6 text-sm text-stone-600">
        We use what you send only to answer you. Read the <Link href="/privacy" className="text-brand-800 underline">privacy notice</Link>.
      </p>
    </PageContainer>
  );
}
