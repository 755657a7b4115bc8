import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageContainer, PageIntro, Prose, Section } from "@/components/site/page";

export const metadata: Metadata = {
  title: "Tools & Learning",
  description: "Tools, kits and online resources for people who run creative hubs, free to use.",
};

export default function ToolsPage() {
  return (
    <PageContainer>
      <PageIntro title="Tools & Learning" eyebrow="Resources">
        <p>
          A collection of tools, kits and online resources for the people who start and run creative hubs — free for any hub to use.
        </p>
      </PageIntro>

      <Section title="What you will find here" id="about-tools">
        <Prose>
          <p>
            The programme is preparing a training programme built around what hubs tell us they need. The material from the{" "}
            <Link href="/events">Skills Workshops</Link> — on starting a hub, on the many roles of a hub leader, and more — will be shared
            here, alongside guides and kits from hubs across the network.
          </p>
        </Prose>
      </Section>

      <Section title="Resources" id="resources">
        <EmptyState title="No resources have been published yet.">
          <p>
            They will appear here as they are ready. Have a tool or guide that other hubs could use?{" "}
            <Link href="/contact?topic=general">Tell us about it</Link>.
          </p>
        </EmptyState>
      </Section>
    </PageContainer>
  );
}
