import type { Metadata } from "next";
import Link from "next/link";
import { PageContainer, PageIntro, Prose } from "@/components/site/page";

export const metadata: Metadata = {
  title: "Privacy notice",
  description: "What the ECHN website stores about you, why, and how to have it deleted.",
};

export default function PrivacyPage() {
  return (
    <PageContainer narrow>
      <PageIntro title="Privacy notice">
        <p>This notice explains what the European Creative Hubs Network website stores about you, why, and what you can do about it.</p>
      </PageIntro>
      <div className="mt-8">
        <Prose>
          <h2>What we store</h2>
          <h3>Your account</h3>
          <p>
            When you create an account we store your name, your email address, a one-way hash of your password (never the password
            itself), whether you have confirmed your address, your role on the site and when the account was created and last changed.
            We use them to let you sign in and to show your name where you take part.
          </p>
          <h3>Messages you send us</h3>
          <p>
            When you use the <Link href="/contact">contact form</Link> we store your name, your email address, the topic and your message,
            linked to your account if you were signed in. Our staff read them to answer you.
          </p>
          <h3>A record of important actions</h3>
          <p>
            We keep an audit log of significant actions — for example creating or deleting an account, changing a password, or staff
            publishing or moderating content. Each entry records which account acted, what it did, when, and a technical reference for the
            request. It helps us keep the site secure and resolve problems.
          </p>
          <h3>Protection against abuse</h3>
          <p>
            To stop automated abuse, we count recent attempts to sign in, sign up, reset a password or send a message, by email address and
            by internet (IP) address. These counters expire after an hour at most.
          </p>

          <h2>Emails</h2>
          <p>
            We send emails only when they are needed for something you did or asked for: confirming your address, resetting your password,
            confirming a change to your account, and acknowledging a message you sent us. Messages from the contact form are also emailed to
            our staff. We keep a copy of each email we send, so that we can tell whether it was delivered. We do not send newsletters or
            marketing without asking you first.
          </p>

          <h2>Cookies</h2>
          <p>
            When you sign in, we set a cookie that keeps you signed in, and cookies that protect the sign-in forms. They are needed for the
            site to work, so we do not ask for consent. We use no advertising or analytics cookies, and the site loads no fonts, scripts or
            images from other companies.
          </p>

          <h2>Deleting your account</h2>
          <p>
            You can delete your account at any time from <Link href="/account">your account page</Link>. Your account details are deleted
            at once. Entries in the audit log stay, but no longer point to you. Messages you sent through the contact form stay, with your
            name and email address removed from them; if you want them deleted entirely, tell us through the contact form before you
            delete your account.
          </p>

          <h2>Your rights</h2>
          <p>
            You can ask us for a copy of what we hold about you, ask us to correct it or to delete it. Write to us through the{" "}
            <Link href="/contact">contact form</Link>.
          </p>

          <h2>Changes to this notice</h2>
          <p>When we change what we store — for example when the map of hubs or the exchange applications open — we will update this notice first.</p>
        </Prose>
      </div>
    </PageContainer>
  );
}
