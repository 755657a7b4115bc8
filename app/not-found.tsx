import type { Metadata } from "next";
import Link from "next/link";
import { MAIN_NAV } from "@/components/layout/nav-items";
import { PageContainer, PageIntro } from "@/components/site/page";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <PageContainer narrow>
      <PageIntro title="We could not find that page">
        <p>The address may be mistyped, or the page may have moved or been removed.</p>
      </PageIntro>
      <p className="mt-8">
        <Link href="/" className="font-semibold text-brand-800 underline hover:text-brand-900">
          Go to the home page
        </Link>
      </p>
      <h2 className="mt-8 text-lg font-semibold text-stone-950">Or go to</h2>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {MAIN_NAV.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="text-brand-800 underline hover:text-brand-900">
              {item.label}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/contact" className="text-brand-800 underline hover:text-brand-900">
            Contact us
          </Link>
        </li>
      </ul>
    </PageContainer>
  );
}
