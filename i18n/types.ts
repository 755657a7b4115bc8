import type common from "@/messages/en-GB/common.json";
import type forms from "@/messages/en-GB/forms.json";
import type home from "@/messages/en-GB/home.json";
import type about from "@/messages/en-GB/about.json";
import type privacy from "@/messages/en-GB/privacy.json";
import type accessibility from "@/messages/en-GB/accessibility.json";
import type contact from "@/messages/en-GB/contact.json";
import type hubs from "@/messages/en-GB/hubs.json";
import type hubForms from "@/messages/en-GB/hubForms.json";
import type hubManagement from "@/messages/en-GB/hubManagement.json";
import type map from "@/messages/en-GB/map.json";
import type events from "@/messages/en-GB/events.json";
import type eventApplications from "@/messages/en-GB/eventApplications.json";
import type auth from "@/messages/en-GB/auth.json";
import type account from "@/messages/en-GB/account.json";
import type emails from "@/messages/en-GB/emails.json";
import type p2p from "@/messages/en-GB/p2p.json";
import type p2pApply from "@/messages/en-GB/p2pApply.json";
import type p2pAccount from "@/messages/en-GB/p2pAccount.json";
import type p2pHosting from "@/messages/en-GB/p2pHosting.json";
import type p2pHostRequests from "@/messages/en-GB/p2pHostRequests.json";
import type p2pMembership from "@/messages/en-GB/p2pMembership.json";
import type p2pReview from "@/messages/en-GB/p2pReview.json";
import type p2pGrant from "@/messages/en-GB/p2pGrant.json";
import type p2pStories from "@/messages/en-GB/p2pStories.json";
import type news from "@/messages/en-GB/news.json";
import type tools from "@/messages/en-GB/tools.json";
import type toolSuggestions from "@/messages/en-GB/toolSuggestions.json";
import type staff from "@/messages/en-GB/staff.json";
import type { Locale } from "@/i18n/languages";

/** The English catalogue's shape: every other language has the same keys (tests/unit/messages.test.ts). */
export type Messages = {
  common: typeof common;
  forms: typeof forms;
  home: typeof home;
  about: typeof about;
  privacy: typeof privacy;
  accessibility: typeof accessibility;
  contact: typeof contact;
  hubs: typeof hubs;
  hubForms: typeof hubForms;
  hubManagement: typeof hubManagement;
  map: typeof map;
  events: typeof events;
  eventApplications: typeof eventApplications;
  auth: typeof auth;
  account: typeof account;
  emails: typeof emails;
  p2p: typeof p2p;
  p2pApply: typeof p2pApply;
  p2pAccount: typeof p2pAccount;
  p2pHosting: typeof p2pHosting;
  p2pHostRequests: typeof p2pHostRequests;
  p2pMembership: typeof p2pMembership;
  p2pReview: typeof p2pReview;
  p2pGrant: typeof p2pGrant;
  p2pStories: typeof p2pStories;
  news: typeof news;
  tools: typeof tools;
  toolSuggestions: typeof toolSuggestions;
  staff: typeof staff;
};

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message's full key ("hubForms.errors.slugTaken"): what lib/ returns in place of a sentence. */
export type MessageKey = Leaves<Messages>;

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
