// The sentences /account/hubs shows after an action that changed the list. The address
// carries only the code, so nobody can put words of their own on the page.

export const OWNER_NOTICES = {
  joined: "Welcome aboard: you now manage this hub. The owner who invited you has been told.",
  "already-owner": "You already manage this hub, so nothing needed to change.",
  "invite-revoked": "The invitation is withdrawn: its link no longer works.",
  "owner-removed": "The owner is removed and has been told by email.",
  left: "You no longer manage that hub.",
  archived: "The hub is archived. It no longer appears on the map or in the directory; nothing was deleted.",
  unarchived: "The hub is unarchived and back in the review queue. It will reappear on the map once our team has checked it.",
  "draft-deleted": "The draft is deleted.",
} as const;

export type OwnerNotice = keyof typeof OWNER_NOTICES;

export const ownerNotice = (code: string | undefined): string | null =>
  code && Object.hasOwn(OWNER_NOTICES, code) ? OWNER_NOTICES[code as OwnerNotice] : null;
