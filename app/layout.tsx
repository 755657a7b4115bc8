// Each part of the site carries its own document: the pages in every language
// (app/[locale]/layout.tsx), the staff pages (app/admin/layout.tsx, in English) and the
// development pages. This root only passes them through.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
