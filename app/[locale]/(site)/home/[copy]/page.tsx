import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AccountNotice } from "@/components/site/account-notice";
import { AreaLinks, type Area } from "@/components/site/area-links";
import { PageContainer } from "@/components/site/page";
import { ProgrammeHighlights } from "@/components/site/programme-highlights";

// The home page, cached for everyone: proxy.ts serves / from here (lib/cached-pages.ts), so it
// reads nothing from the request; the notice an account action leaves in the address is read
// in the browser. Rendered on first visit, again at most every minute (the programme moves
// from "coming up" to "recent" with the clock), and at once when events or hubs change
// (revalidatePublicArea).
export const revalidate = 60;
export const generateStaticParams = async (): Promise<{ copy: string }[]> => [];

export const metadata: Metadata = {
  description:
    "ECHN helps creative hubs across Europe connect and collaborate: a map of hubs, Creative Hubs Fora, Skills Workshops, peer-to-peer exchanges and a library of tools.",
};

const AREAS: readonly Area[] = [
  { href: "/map", title: "Map of hubs", description: "Find creative hubs across Europe, and put your own hub on the map." },
  { href: "/events", title: "Events", description: "Creative Hubs Fora for hub managers and Skills Workshops for hub leaders." },
  { href: "/p2p", title: "P2P exchanges", description: "Spend time working in another hub, to share what you know or start a project together." },
  { href: "/tools", title: "Tools & Learning", description: "Tools, kits and online resources for running a creative hub." },
  { href: "/news", title: "News", description: "Stories from creative hubs and from the wider creative economy." },
  { href: "/about", title: "About ECHN", description: "The programme, its partners and the people behind it." },
];

export default async function HomePage({ params }: { params: Promise<{ copy: string }> }) {
  if ((await params).copy !== "cached") notFound();
  return (
    <>
      <Suspense fallback={null}>
        <AccountNotice />
      </Suspense>
      <div className="border-b border-stone-200 bg-brand-800 text-white">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:py-20">
          <p className="text-sm font-semibold uppercase tracking-wider text-brand-100">European Creative Hubs Network</p>
          <h1 className="mt-2 max-w-3xl text-3xl font-bold tracking-tight sm:text-5xl">Creative hubs across Europe, connected.</h1>
          <p className="mt-5 max-w-2xl text-lg text-brand-50">
            Coworking spaces, labs, incubators, collectives and co-operatives — in a building, on the move or online — are where artists,
            designers, developers and creative entrepreneurs meet and work. ECHN brings the people who run them together, so they can learn
            from one another and work across borders.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/map" className="rounded-md bg-white px-5 py-3 font-semibold text-brand-900 no-underline hover:bg-brand-50">
              Explore the map
            </Link>
            <Link href="/about" className="rounded-md border border-white px-5 py-3 font-semibold text-white no-underline hover:bg-brand-900">
              About the network
            </Link>
          </div>
        </div>
      </div>
      <PageContainer>
        <section aria-labelledby="areas-heading">
          <h2 id="areas-heading" className="text-2xl font-bold tracking-tight text-stone-950">
            What you can do here
          </h2>
          <div className="mt-6">
            <AreaLinks areas={AREAS} />
          </div>
        </section>
        <ProgrammeHighlights />
      </PageContainer>
    </>
  );
}
