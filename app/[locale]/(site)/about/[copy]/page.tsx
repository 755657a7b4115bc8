import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrganisationCard } from "@/components/site/organisation-card";
import { EmptyState, PageContainer, PageIntro, Prose, Section } from "@/components/site/page";
import { listProgrammeOrganisations } from "@/lib/programme/queries";

// The about page, cached for everyone: proxy.ts serves /about from here (lib/cached-pages.ts).
// Rendered on first visit (so `next build` needs no database) and again at most every hour:
// the programme's organisations change only with the seed (npm run db:seed), never in a request.
export const revalidate = 3600;
export const generateStaticParams = async (): Promise<{ copy: string }[]> => [];

export const metadata: Metadata = {
  title: "About the network",
  description:
    "ECHN is a two-year programme co-funded by the European Commission and led by the British Council with six European creative hubs and the European Business and Innovation Network.",
};

export default async function AboutPage({ params }: { params: Promise<{ copy: string }> }) {
  if ((await params).copy !== "cached") notFound();
  const organisations = await listProgrammeOrganisations();
  const lead = organisations.filter((o) => o.role === "lead");
  const partners = organisations.filter((o) => o.role === "partner");
  return (
    <PageContainer>
      <PageIntro title="About the network" eyebrow="About ECHN">
        <p>
          Creative hubs are the places where artists, musicians, designers, filmmakers, app developers and start-up founders find space,
          people and support. Some are collectives or co-operatives, others labs or incubators; some have a building, some travel, some live
          online. The European Creative Hubs Network helps them find one another and work together.
        </p>
      </PageIntro>

      <Section title="The programme" id="programme">
        <Prose>
          <p>
            ECHN is a two-year project co-funded by the European Commission through the cross-sectoral strand of the Creative Europe
            programme, as part of the Commission&rsquo;s strategy for culture in external relations. It is led by the British Council with six
            creative hubs and the European Business and Innovation Network.
          </p>
          <p>The programme has three aims:</p>
          <ul>
            <li>to build a community of creative hubs through meetings in person, where hub managers share their challenges and ideas;</li>
            <li>to prepare a training programme shaped by what hubs need, free for hubs to use;</li>
            <li>to champion the sector, telling the stories of creative hubs: what they are and how they work.</li>
          </ul>
        </Prose>
      </Section>

      <Section title="What the programme offers" id="offers">
        <Prose>
          <ul>
            <li>
              <strong>Three Creative Hubs Fora</strong>, each shaped by a steering group, bringing together around a hundred hub managers.{" "}
              <Link href="/events">See the events</Link>.
            </li>
            <li>
              <strong>Three Skills Workshops</strong> in 2017, building the professional skills of hub leaders with tools made for them.
            </li>
            <li>
              <strong>Peer-to-peer exchanges</strong>, in which hub staff spend time working in another hub.{" "}
              <Link href="/p2p">How the exchanges work</Link>.
            </li>
            <li>
              <strong>This platform</strong>: a <Link href="/map">map of hubs</Link>, <Link href="/tools">Tools &amp; Learning</Link> and{" "}
              <Link href="/news">news</Link> from the sector.
            </li>
          </ul>
        </Prose>
      </Section>

      <Section title="Who is behind it" id="partners">
        {organisations.length === 0 ? (
          <EmptyState title="The list of partners is not available yet." />
        ) : (
          <>
            <h3 className="text-lg font-semibold text-stone-900">Lead organisation</h3>
            <ul className="mt-3 grid gap-4 md:grid-cols-2">
              {lead.map((o) => (
                <li key={o.slug}>
                  <OrganisationCard organisation={o} />
                </li>
              ))}
            </ul>
            <h3 className="mt-8 text-lg font-semibold text-stone-900">Partners</h3>
            <ul className="mt-3 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
              {partners.map((o) => (
                <li key={o.slug}>
                  <OrganisationCard organisation={o} />
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section title="Join in" id="join">
        <Prose>
          <p>
            Run a creative hub, or work in one? <Link href="/sign-up">Create an account</Link> to take part. A question about the network or
            the programme? <Link href="/contact">Write to us</Link>.
          </p>
        </Prose>
      </Section>
    </PageContainer>
  );
}
