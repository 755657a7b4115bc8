import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageContainer, PageIntro, Prose, Section } from "@/components/site/page";

export const metadata: Metadata = {
  title: "P2P exchanges",
  description: "The peer-to-peer scheme lets creative hub staff spend time working in another hub in Europe, to share knowledge or start a project together.",
};

export default function P2PPage() {
  return (
    <PageContainer>
      <PageIntro title="Peer-to-peer exchanges" eyebrow="P2P exchanges">
        <p>
          The peer-to-peer (P2P) scheme is a mobility programme for the people who run creative hubs. It gives hub staff the chance to work
          for a while in a different creative hub elsewhere in Europe.
        </p>
      </PageIntro>

      <Section title="What an exchange is for" id="purpose">
        <Prose>
          <p>An exchange supports the development of hub leaders and the ties between their hubs. During an exchange you might:</p>
          <ul>
            <li>share what you know — how your hub is run, funded and grown — and learn how your host does it;</li>
            <li>set up a collaborative project between your hub and the host hub;</li>
            <li>meet the host hub&rsquo;s community and bring new contacts home.</li>
          </ul>
        </Prose>
      </Section>

      <Section title="Applications" id="applications">
        <EmptyState title="Applications are not open yet.">
          <p>
            Applications will open on this page, together with the criteria for who can apply. To be ready,{" "}
            <Link href="/sign-up">create an account</Link>. Questions about the scheme?{" "}
            <Link href="/contact?topic=p2p">Write to us</Link>.
          </p>
        </EmptyState>
      </Section>
    </PageContainer>
  );
}
