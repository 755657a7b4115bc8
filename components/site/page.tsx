// The frame of a public page: a width, a title with its introduction, and sections.
import { Link } from "@/i18n/navigation";

export function PageContainer({ children, narrow = false }: { children: React.ReactNode; narrow?: boolean }) {
  return <div className={`mx-auto px-4 py-10 sm:py-14 ${narrow ? "max-w-3xl" : "max-w-6xl"}`}>{children}</div>;
}

/**
 * The page's one h1, with an optional eyebrow above and a lead paragraph below. `as="h2"` when
 * the intro is shown inside another page (a staff preview); `back`: the page it belongs under,
 * linked above.
 */
export function PageIntro({ title, eyebrow, as: Heading = "h1", back, children }: { title: string; eyebrow?: string; as?: "h1" | "h2"; back?: { href: string; label: string }; children?: React.ReactNode }) {
  return (
    <div className="max-w-3xl">
      {back ? (
        <p className="mb-4">
          <Link href={back.href}>{back.label}</Link>
        </p>
      ) : null}
      {eyebrow ? <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{eyebrow}</p> : null}
      <Heading className="mt-1 text-3xl font-bold tracking-tight text-stone-950 sm:text-4xl">{title}</Heading>
      {children ? <div className="mt-4 space-y-3 text-lg text-stone-700">{children}</div> : null}
    </div>
  );
}

export function Section({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-12">
      <h2 id={id} className="text-2xl font-bold tracking-tight text-stone-950">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** Running text: paragraphs, lists and links styled for reading. */
export function Prose({ children }: { children: React.ReactNode }) {
  return (
    <div className="max-w-3xl space-y-4 text-stone-800 [&_a]:text-brand-800 [&_a]:underline [&_a:hover]:text-brand-900 [&_h2]:mt-10 [&_h2]:text-2xl [&_h2]:font-bold [&_h2]:text-stone-950 [&_h3]:mt-6 [&_h3]:text-lg [&_h3]:font-semibold [&_h3]:text-stone-950 [&_li]:mt-1 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6">
      {children}
    </div>
  );
}

/** Says plainly that there is nothing here yet, and what will come. */
export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-stone-400 bg-white px-6 py-8 text-center">
      <p className="font-semibold text-stone-900">{title}</p>
      {children ? <div className="mx-auto mt-2 max-w-xl text-stone-700 [&_a]:text-brand-800 [&_a]:underline">{children}</div> : null}
    </div>
  );
}
