import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageContainer, PageIntro, Section } from "@/components/site/page";

export const metadata: Metadata = {
  title: "News",
  description: "News from the European Creative Hubs Network and stories about creative hubs and the creative economy.",
};

export default function NewsPage() {
  return (
    <PageContainer>
      <PageIntro title="News" eyebrow="Stories from the sector">
        <p>
          News from the network, and longer pieces about creative hubs and the creative economy: who runs them, how they work and what they
          make possible.
        </p>
      </PageIntro>

      <Section title="Latest news" id="latest">
        <EmptyState title="No news has been published yet.">
          <p>
            Stories will appear here as they are published. Are you a journalist, or do you have a story about a creative hub?{" "}
            <Link href="/contact?topic=press">Get in touch</Link>.
          </p>
        </EmptyState>
      </Section>
    </PageContainer>
  );
}
