"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/admin/p2p", label: "Rounds", current: (path: string) => path === "/admin/p2p" || path.startsWith("/admin/p2p/rounds") },
  { href: "/admin/p2p/members", label: "Members", current: (path: string) => path.startsWith("/admin/p2p/members") },
  { href: "/admin/p2p/applications", label: "Applications", current: (path: string) => path.startsWith("/admin/p2p/applications") },
  { href: "/admin/p2p/reports", label: "Reports & payments", current: (path: string) => path.startsWith("/admin/p2p/reports") },
  { href: "/admin/p2p/stories", label: "Stories", current: (path: string) => path.startsWith("/admin/p2p/stories") },
];

/** The parts of the P2P staff area. */
export function P2PNav() {
  const path = usePathname();
  return (
    <nav aria-label="P2P exchanges" className="mb-6 flex flex-wrap gap-x-5 gap-y-2 text-sm">
      <span className="font-semibold text-stone-700">P2P exchanges:</span>
      {LINKS.map((l) => {
        const current = l.current(path);
        return (
          <Link key={l.href} href={l.href} aria-current={current ? "page" : undefined} className={current ? "font-bold" : undefined}>
            {l.label}
          </Link>
        );
      })}
    </nav>
  );
}
