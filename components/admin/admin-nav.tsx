"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/hubs", label: "Hubs" },
  { href: "/admin/events", label: "Events" },
  { href: "/admin/news", label: "News" },
  { href: "/admin/tools", label: "Library" },
  { href: "/admin/p2p", label: "P2P" },
  { href: "/admin/messages", label: "Messages" },
  { href: "/admin/users", label: "People" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/jobs", label: "Jobs" },
];

export function AdminNav() {
  const path = usePathname();
  return (
    <nav aria-label="Staff" className="flex flex-wrap gap-2 border-b border-stone-200 pb-3">
      {LINKS.map((l) => {
        const current = l.href === "/admin" ? path === "/admin" : path.startsWith(l.href);
        return (
          <Link
            key={l.href}
            href={l.href}
            aria-current={current ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 no-underline ${current ? "bg-brand-700 text-white" : "text-stone-800 hover:bg-stone-200"}`}
          >
            {l.label}
          </Link>
        );
      })}
    </nav>
  );
}
