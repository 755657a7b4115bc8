import { Link } from "@/i18n/navigation";

type Area = { href: string; title: string; description: string };

/** A grid of the site's areas, each a whole-card link (in the page's language). */
export function AreaLinks({ areas }: { areas: readonly Area[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {areas.map((area) => (
        <li key={area.href}>
          <Link
            href={area.href}
            className="group block h-full rounded-lg border border-stone-200 bg-white p-5 text-stone-800 no-underline shadow-sm transition hover:border-brand-600 hover:shadow-md"
          >
            <span className="text-lg font-semibold break-words text-brand-800 underline decoration-brand-200 decoration-2 underline-offset-4 group-hover:decoration-brand-700">
              {area.title}
            </span>
            <span className="mt-2 block text-stone-700">{area.description}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
