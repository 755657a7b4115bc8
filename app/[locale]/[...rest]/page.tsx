import { notFound } from "next/navigation";

// Any address no page has, in the language of its prefix: the not-found page in that language.
export default function UnknownPage() {
  notFound();
}
