import { expect, test } from "./support";
import { insertApplication, insertEvent } from "./support/event-admin";
import { createAccount } from "./support/hub-moderation";
import { expectNotFound, expectSentToSignIn, signedInClient, visitorClient } from "./support/http-checks";

// The staff side of events is for staff only: visitors and members neither open its pages nor
// download the applicants. The pages' refusals are read from the server's answers, with no
// browser (support/http-checks.ts). That publishing and accepting, sent by a visitor or a
// member, change nothing is tested on the actions themselves in
// tests/integration/refused-actions.test.ts ("events"), and on the commands in
// event-admin.test.ts and event-review.test.ts ("refused").

const pathsOf = (eventId: string) => [
  "/admin/events",
  "/admin/events/new",
  `/admin/events/${eventId}/edit`,
  `/admin/events/${eventId}/preview`,
  `/admin/events/${eventId}/applications`,
];

test("a visitor is sent to sign in, and gets no applicants list", async () => {
  const event = await insertEvent({ status: "draft" });
  const visitor = await visitorClient();
  for (const path of pathsOf(event.id)) await expectSentToSignIn(visitor, path);
  const csv = await visitor.get(`/admin/events/${event.id}/applications/export.csv`, { maxRedirects: 0 });
  expect(csv.status()).not.toBe(200);
  expect(await csv.text()).not.toContain("name,email");
  await visitor.dispose();
});

test("a member gets “not found” on every staff events page and the export", async () => {
  const member = await createAccount("Mia Member");
  const event = await insertEvent({ status: "draft" });
  await insertApplication(event.id, member.id);
  const client = await signedInClient(member.email, member.password);
  for (const path of pathsOf(event.id)) await expectNotFound(client, path, [event.title]);
  const csv = await client.get(`/admin/events/${event.id}/applications/export.csv`);
  expect(csv.status()).toBe(404);
  expect(await csv.text()).not.toContain(member.email);
  await client.dispose();
});
