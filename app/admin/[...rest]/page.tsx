import { notFound } from "next/navigation";

// Any staff address no page has: the not-found page in the staff frame (app/admin/not-found.tsx).
export default function UnknownStaffPage() {
  notFound();
}
