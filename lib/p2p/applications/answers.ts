// The application's answers: how long each may be, the choices offered, and which are still
// missing before it can go to the host. A draft may be saved half-written; sending needs all.
// Client-safe: the form, the page's checklist and the submit command read the same lists.
import type { P2PAim, TravelMode } from "@/lib/generated/prisma/enums";

export const ANSWER_LIMITS = {
  role: 120,
  partnerName: 100,
  partnerRole: 120,
  partnerEmail: 254,
  planDay: 1000,
  visitorGains: 2000,
  hostGains: 2000,
  sharing: 2000,
  accessibilityNeeds: 1000,
} as const;

export const AIMS = ["share_knowledge", "collaborate", "both"] as const satisfies readonly P2PAim[];

export const TRAVEL_MODES = ["train", "bus", "shared_car", "car", "plane", "other"] as const satisfies readonly TravelMode[];

/** Green travel, as schemes like Culture Moves Europe count it: by train, by bus, or sharing a car. */
export const GREEN_TRAVEL_MODES = ["train", "bus", "shared_car"] as const satisfies readonly TravelMode[];
/** Whether the application travels green: noted on the applicant's page, and read by staff's list and CSV. */
export const isGreenTravel = (mode: TravelMode | null | undefined) => (GREEN_TRAVEL_MODES as readonly string[]).includes(mode ?? "");

/** The plan fitted to a stay of `days` days: one entry per day, the first days' entries kept. */
export const planForDays = (plan: readonly string[], days: number): string[] => Array.from({ length: Math.max(0, days) }, (_, i) => plan[i] ?? "");

export type Answers = {
  people: number;
  partnerName: string | null;
  partnerRole: string | null;
  partnerEmail: string | null;
  aim: P2PAim | null;
  plan: readonly string[];
  visitorGains: string;
  hostGains: string;
  sharing: string;
  travelMode: TravelMode | null;
};

/** The questions every application answers before it is sent, in the form's order. */
export const REQUIRED_ANSWERS = ["partnerName", "partnerRole", "partnerEmail", "aim", "plan", "visitorGains", "hostGains", "sharing", "travelMode"] as const;
export type RequiredAnswer = (typeof REQUIRED_ANSWERS)[number];

const blank = (text: string | null) => !text?.trim();

/** The answers still missing for a stay of `days` days (the second person's only when two travel), in the form's order. */
export function missingAnswers(answers: Answers, days: number): RequiredAnswer[] {
  const missing: Record<RequiredAnswer, boolean> = {
    partnerName: answers.people >= 2 && blank(answers.partnerName),
    partnerRole: answers.people >= 2 && blank(answers.partnerRole),
    partnerEmail: answers.people >= 2 && blank(answers.partnerEmail),
    aim: answers.aim === null,
    plan: answers.plan.length !== days || answers.plan.some(blank),
    visitorGains: blank(answers.visitorGains),
    hostGains: blank(answers.hostGains),
    sharing: blank(answers.sharing),
    travelMode: answers.travelMode === null,
  };
  return REQUIRED_ANSWERS.filter((field) => missing[field]);
}
