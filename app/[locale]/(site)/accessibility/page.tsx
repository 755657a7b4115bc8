import type { Metadata } from "next";
import Link from "next/link";
import { PageContainer, PageIntro, Prose } from "@/components/site/page";

export const metadata: Metadata = {
  title: "Accessibility statement",
  description: "How accessible the ECHN website is, what we aim for, and how to tell us about a problem.",
};

export default function AccessibilityPage() {
  return (
    <PageContainer narrow>
      <PageIntro title="Accessibility statement">
        <p>We want everyone who works in or with creative hubs to be able to use this website, whatever their abilities and equipment.</p>
      </PageIntro>
      <div className="mt-8">
        <Prose>
          <h2>Our target</h2>
          <p>
            We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. We check new pages against it as we build them,
            with automated checks and by hand.
          </p>

          <h2>What you should be able to do</h2>
          <ul>
            <li>use the whole site with a keyboard alone, with a visible focus marker and a link to skip to the main content;</li>
            <li>use it with a screen reader: pages have one main heading, headings in order, labelled landmarks and labelled form fields;</li>
            <li>zoom text up to 400% and use a screen as narrow as 320 pixels without content being cut off;</li>
            <li>read text that contrasts with its background at least at the level WCAG AA asks for;</li>
            <li>fill in forms that say exactly what to correct, beside the field concerned, without losing what you typed;</li>
            <li>send forms even when JavaScript is not available.</li>
          </ul>

          <h2>The map of hubs</h2>
          <p>
            The <Link href="/map">map of hubs</Link> groups nearby hubs into numbered clusters. Every hub on it is also in the list beside it,
            which follows the part of the map in view and is the way to use the map with a keyboard or a screen reader; each hub in the list
            has a button that shows it on the map. On the map itself, the arrow keys move it, the plus and minus keys zoom, and Tab reaches
            each cluster and hub. Without JavaScript the map does not load and the list shows the hubs that match your filters, which are
            also in the <Link href="/hubs">directory</Link>.
          </p>

          <h2>What we know is not yet right</h2>
          <p>
            Some parts of the site have no content yet: applications for peer-to-peer exchanges are not open, and the Tools &amp; Learning
            library and the news have nothing published. We will check each against the same target when it opens, and update this
            statement.
          </p>

          <h2>Tell us about a problem</h2>
          <p>
            If something on this site is hard or impossible for you to use, or you need information in a different format, please{" "}
            <Link href="/contact?topic=accessibility">write to us through the contact form</Link> and choose the topic
            &ldquo;Accessibility&rdquo;. Tell us the address of the page and what went wrong. We aim to reply within five working days.
          </p>

          <h2>About this statement</h2>
          <p>This statement was last reviewed in December 2026.</p>
        </Prose>
      </div>
    </PageContainer>
  );
}
