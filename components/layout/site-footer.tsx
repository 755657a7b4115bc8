import Link from "next/link";
import { EuFlag } from "@/components/layout/eu-flag";
import { MAIN_NAV, SUPPORT_NAV, type NavItem } from "@/components/layout/nav-items";
import { PROGRAMME_ORGANISATIONS } from "@/lib/programme/partners";

function FooterLinks({ title, items }: { title: string; items: readonly NavItem[] }) {
  return (
    <div>
      <h2 className="text-sm font-semibold text-stone-900">{title}</h2>
      <ul className="mt-3 space-y-2">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="text-sm text-brand-800 underline hover:text-brand-900">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SiteFooter() {
  const lead = PROGRAMME_ORGANISATIONS.filter((o) => o.role === "lead");
  const partners = PROGRAMME_ORGANISATIONS.filter((o) => o.role === "partner");
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white text-stone-700">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-10 sm:grid-cols-2 lg:grid-cols-4">
        <nav id="footer-nav" aria-label="Footer" className="grid grid-cols-2 gap-6 sm:col-span-2 lg:col-span-2">
          <FooterLinks title="Explore" items={MAIN_NAV} />
          <FooterLinks title="Help and policies" items={SUPPORT_NAV} />
        </nav>
        <div className="lg:col-span-2">
          <h2 className="text-sm font-semibold text-stone-900">The partnership</h2>
          <dl className="mt-3 space-y-2 text-sm">
            <div>
              <dt className="inline font-semibold text-stone-900">Lead: </dt>
              <dd className="inline">{lead.map((o) => o.name).join(", ")}</dd>
            </div>
            <div>
              <dt className="inline font-semibold text-stone-900">Partners: </dt>
              <dd className="inline">{partners.map((o) => `${o.name} (${o.city})`).join(", ")}</dd>
            </div>
          </dl>
          <div className="mt-6 flex items-start gap-4">
            <EuFlag className="h-10 w-auto shrink-0 rounded-sm" />
            <div className="text-sm">
              <p className="font-semibold text-stone-900">Co-funded by the Creative Europe programme of the European Union</p>
              <p className="mt-1 text-xs text-stone-600">
                The European Commission&rsquo;s support for this project does not constitute an endorsement of its contents, which reflect
                only the views of the authors. The Commission cannot be held responsible for any use that may be made of the information
                it contains.
              </p>
            </div>
          </div>
        </div>
      </div>
      <div className="border-t border-stone-200">
        <p className="mx-auto max-w-6xl px-4 py-4 text-xs text-stone-600">European Creative Hubs Network</p>
      </div>
    </footer>
  );
}
