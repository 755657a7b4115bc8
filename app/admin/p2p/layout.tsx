import { P2PNav } from "@/components/admin/p2p/p2p-nav";

export default function AdminP2PLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <P2PNav />
      {children}
    </>
  );
}
