import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageContainer, PageIntro, Prose, Section } from "@/components/site/page";

export const metadata: Metadata = {
  title: "Map of creative hubs",
  description: "A map of creative hubs across Europe, where hub managers can add their own hub.",
};

export default function MapPage() {
  return (
    <PageContainer>
      <PageIntro title="Map of creative hubs" eyebrow="Hubs across Europe">
        <p>
          A map of creative hubs across Europe — coworking spaces, labs, incubators, collectives and co-operatives, whether they have a
          building, travel or work online — so that hubs and the people who use them can find one another.
        </p>
      </PageIntro>

      <Section title="How the map works" id="how">
        <Prose>
          <p>
            Hub managers add their own hub: where it is, what kind of hub it is and how to get in touch. Each hub is checked by our team
            before it appears.
          </p>
        </Prose>
      </Section>

      <Section title="Hubs" id="hubs">
        <EmptyState title="No hubs are on the map yet.">
          <p>
            The map is being built. If you run a creative hub, <Link href="/sign-up">create an account</Link> now, and you will be able to
            add your hub as soon as the map opens. Questions? <Link href="/contact?topic=hubs">Write to us</Link>.
          </p>
        </EmptyState>
      </Section>
    </PageContainer>
  );
}
