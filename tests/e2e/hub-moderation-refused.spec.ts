import { test } from "./support";
import { createAccount, createHub } from "./support/hub-moderation";
import { expectNotFound, expectSentToSignIn, signedInClient, visitorClient } from "./support/http-checks";

// Moderation is for staff only: visitors and members neither see the queue nor a hub's review
// page — not even the hub's own owner. The pages' refusals are read from the server's answers,
// with no browser (support/http-checks.ts). That approving, sent by a visitor or a member (the
// owner included), changes nothing is tested on the action in
// tests/integration/refused-actions.test.ts ("hub moderation") and on every command in
// hub-moderation.test.ts ("members and visitors"); that a browser's captured request replayed
// with someone else's cookies is refused, in hub-owners.spec.ts and hub-add.spec.ts.

test("a visitor opening moderation pages is sent to sign in", async () => {
  const hub = await createHub({ ownerIds: [] });
  const visitor = await visitorClient();
  for (const path of ["/admin/hubs", `/admin/hubs/${hub.id}`]) await expectSentToSignIn(visitor, path);
  await visitor.dispose();
});

test("a member — even the hub's owner — opening moderation pages gets “not found”", async () => {
  const member = await createAccount("Mona Member");
  const hub = await createHub({ ownerIds: [member.id] });
  const client = await signedInClient(member.email, member.password);
  for (const path of ["/admin/hubs", `/admin/hubs/${hub.id}`, "/admin/hubs?show=published"]) await expectNotFound(client, path, [hub.name]);
  await client.dispose();
});
