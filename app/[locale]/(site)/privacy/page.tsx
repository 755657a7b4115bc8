import type { Metadata } from "next";
import Link from "next/link";
import { RetentionTable } from "@/components/privacy/retention-table";
import { PageContainer, PageIntro, Prose } from "@/components/site/page";
import { SESSION_DAYS } from "@/lib/auth/rules";
import { tileServerHost } from "@/lib/map/tiles";
import { describePeriod, RETENTION } from "@/lib/retention/periods";

export const metadata: Metadata = {
  title: "Privacy notice",
  description: "What the ECHN website stores about you, why, who receives it, how long we keep it, and how to have it deleted.",
};

// Written from what the code does. Periods come from lib/retention/periods.ts (what the
// retention job deletes by) and the tile server from the build's NEXT_PUBLIC_TILE_URL, so
// the page is static: it reads nothing from the request.

const CONTACT = "/contact?topic=privacy";

export default function PrivacyPage() {
  const tiles = tileServerHost();
  return (
    <PageContainer narrow>
      <PageIntro title="Privacy notice">
        <p>
          This notice explains what the European Creative Hubs Network website stores about you, why, who else receives it, how long we
          keep it, and what you can do about it.
        </p>
      </PageIntro>
      <div className="mt-8">
        <Prose>
          <h2>Who is responsible</h2>
          <p>
            The European Creative Hubs Network (ECHN) runs this site and is responsible for the personal data it handles. ECHN is a project
            led by the British Council with six European creative hubs and the European Business and Innovation Network, co-funded by the
            European Commission. To reach us about your data, write to us through the <Link href={CONTACT}>contact form</Link> and choose
            “Your data and privacy”.
          </p>

          <h2>What we store, why, and on what basis</h2>
          <p>We only use your data for the reasons given here, and we never sell it or use it for advertising.</p>

          <h3>Your account</h3>
          <p>
            Your name, your email address, a one-way hash of your password (never the password itself), whether you have confirmed your
            address, your role on the site, and when the account was created and last changed. We use them to let you sign in and to show
            your name where you take part. <strong>Basis:</strong> we need them to give you the account you asked for.
          </p>

          <h3>Hubs you add or manage</h3>
          <p>
            What you write about a hub is published on the map, in the directory and in our open data downloads once our team has checked
            it — except the hub’s contact email address, which is never shown or exported: messages from the hub’s page are sent to it.
            We also keep who owns each hub, invitations to co-owners (the invited email address), requests to manage a hub (with your
            message), your unfinished drafts, and the moderator’s messages. Uploaded images are resized and stripped of their hidden
            details (such as where a photo was taken) before they are stored. <strong>Basis:</strong> the listing you asked for.
          </p>

          <h3>Messages to a hub</h3>
          <p>
            When you write to a hub through its page, we email your name, email address and message to the hub, so that it can reply to
            you directly, and send you a short acknowledgement. We keep a copy of the message to deal with abuse. The hub’s own address
            stays private unless it replies. <strong>Basis:</strong> passing on the message you asked us to send.
          </p>

          <h3>Messages to us</h3>
          <p>
            The <Link href="/contact">contact form</Link> stores your name, email address, the topic and your message, linked to your
            account if you were signed in. It is emailed to our team so that we can answer you. <strong>Basis:</strong> answering you.
          </p>

          <h3>Event applications and registrations</h3>
          <p>
            When you apply or register for an event we store your answers: your role, your hub, what you bring and what you want to take
            away, the decision and its message, and your place on a waiting list. Our staff use them to choose participants and to prepare
            the event; they can download an event’s list of applicants for that. <strong>Basis:</strong> taking part in the event you
            applied for.
          </p>
          <p>
            The <strong>accessibility or dietary needs</strong> field is optional. What you write there may say something about your health,
            which the law protects specially. We ask for it only so that the event can meet your needs, and we use it only with your
            explicit consent, which you give by filling it in. Only our staff see it — on the event’s list of applications and in its
            download; it is not in any email. You can remove it by editing your application until our team decides on it, or by asking us.
            We remove it from every application {describePeriod(RETENTION.applicationNeeds.period)} after the event ends.
          </p>

          <h3>Emails</h3>
          <p>
            We send emails only when they are needed for something you did or asked for, or that concerns you: confirming your address,
            resetting or changing your password, deleting your account, the decisions on your hubs and applications, invitations to manage
            a hub and changes to who manages yours, the yearly question whether your hub’s details are still true, seats offered from a waiting list, a cancelled event, and
            acknowledgements of messages you sent. Our team is emailed about new messages, new hubs and requests to manage a hub. We keep a
            copy of each email for a while to see whether it was delivered. We send no newsletters or marketing.
          </p>

          <h3>A record of important actions</h3>
          <p>
            An audit log records significant actions — for example signing up, changing a password, deleting an account, or staff
            publishing, moderating and deciding on applications: which account acted, what it did, when, and a technical reference for the
            request. <strong>Basis:</strong> our legitimate interest in keeping the site secure and resolving problems.
          </p>

          <h3>Protection against abuse</h3>
          <p>
            To stop automated abuse, we count recent attempts to sign in, sign up, reset a password or send a message, by email address and
            by internet (IP) address. <strong>Basis:</strong> our legitimate interest in keeping the site safe.
          </p>

          <h3>Server logs</h3>
          <p>
            Each page request is logged with a random reference number, the method and the page address (not your IP address), and errors
            are logged with the same number, so that we can trace what went wrong. The logs are written to the server’s output; the site
            keeps no copy of them in its database.
          </p>

          <h2>Who else receives it</h2>
          <ul>
            <li>
              <strong>The map tile server, {tiles}.</strong> Pages with a map — the map of hubs, hub and event pages, the form to add a hub,
              and the map other websites can embed — load the map’s background images from {tiles}. Your browser asks that server for them
              directly, so it receives your IP address, your browser’s details and which part of the map you are looking at. No other
              company’s fonts, scripts or images are loaded.
            </li>
            <li>
              <strong>Our email delivery service.</strong> Emails are handed to an email (SMTP) server to be delivered to the recipients.
            </li>
            <li>
              <strong>Hubs you write to</strong> receive your name, email address and message.
            </li>
            <li>
              <strong>Everyone</strong> can see what is published about a hub, including in the open data downloads and the embeddable map —
              never its contact address, and never who owns it.
            </li>
          </ul>

          <h2>How long we keep it</h2>
          <p>
            A job on our servers checks every hour and deletes what is past its time, as in this table. Your account stays until you delete
            it; hubs stay until their owners or our team take them off the site.
          </p>
          <RetentionTable />

          <h2>Cookies</h2>
          <p>
            When you sign in, we set a cookie that keeps you signed in (<code>authjs.session-token</code>). It lasts {SESSION_DAYS} days
            from when you sign in, or until you sign out. While you sign in, the sign-in library also sets short-lived cookies that
            protect the form and bring you back to the page you came from (<code>authjs.csrf-token</code>, <code>authjs.callback-url</code>);
            they end when you close your browser. They are needed for the site to work, so we do not ask for consent. We set no other
            cookies: no advertising, no analytics.
          </p>

          <h2>Your rights</h2>
          <ul>
            <li>
              <strong>See and correct your data:</strong> your name and password are on <Link href="/account">your account page</Link>, your
              hubs under <Link href="/account/hubs">Your hubs</Link>, your applications under{" "}
              <Link href="/account/applications">My applications</Link>. For a copy of everything we hold about you, ask us.
            </li>
            <li>
              <strong>Delete your account</strong> at any time from <Link href="/account#delete">your account page</Link>. Your account,
              sign-in links, drafts, applications, requests and hub ownerships are deleted at once; audit log entries stay without pointing
              to you, and messages you sent us stay without your name and address. Hubs you added stay on the map: if you want one removed,
              tell us first.
            </li>
            <li>
              <strong>Ask us</strong> to delete or restrict other data, to object to how we use it, to withdraw your consent, or for your data
              in a form you can take elsewhere, through the <Link href={CONTACT}>contact form</Link>. The law gives us one month to answer.
            </li>
            <li>
              You can also complain to the data protection authority of the country where you live or work.
            </li>
          </ul>

          <h2>Changes to this notice</h2>
          <p>When we change what we store or who receives it, we update this notice first.</p>
        </Prose>
      </div>
    </PageContainer>
  );
}
