// The eligibility check of /p2p/apply as a sequence of steps (which hub, your role, which host,
// which dates, how many people), each checked with the rules of ./eligibility.ts on the facts
// the server read, and refused beside the step that fails. The commands run the same rules
// again on what the database says when the draft is started and when it is sent. Client-safe.
import { parseIsoDay } from "@/lib/calendar";
import { checkDates, checkHost, checkPeople, checkVisitingHub, type EligibilityRound, type HostHub, type Verdict, type VisitingHub } from "@/lib/p2p/applications/eligibility";
import { ANSWER_LIMITS } from "@/lib/p2p/applications/answers";
import { msg, type Msg } from "@/lib/message";

export const STEPS = ["hub", "role", "host", "dates", "people"] as const;
export type Step = (typeof STEPS)[number];

/** What the person chose so far, as the check's address carries it (nothing in it is trusted). */
export type StepQuery = { hub?: string; role?: string; host?: string; from?: string; until?: string; people?: string };

/** The choices once every step passes: what starting the draft takes. */
export type StartChoice = { visitingHubId: string; role: string; hostHubId: string; startsOn: Date; endsOn: Date; people: number };

export type StepsResult = { verdicts: Record<Step, Verdict>; choice: StartChoice | null; stay: { startsOn: Date; endsOn: Date } | null; people: number | null };

/** The application's field a refusal from the rules is shown beside (dates beside the first day). */
export type RefusalField = "visitingHubId" | "hostHubId" | "startsOn" | "people";

export function refusalField(refusal: Msg): RefusalField | undefined {
  const code = refusal.key.replace("p2pApply.eligibility.", "");
  if (code.startsWith("hub")) return "visitingHubId";
  if (code.startsWith("host")) return "hostHubId";
  if (code.startsWith("dates") || code === "stayTooLong") return "startsOn";
  if (code.startsWith("people")) return "people";
  return undefined;
}

/** Any hub, for checking a host before the person's own hub passed: only the checks on the host itself can fail. */
const NO_HUB = { id: "", countryCode: "" };

/** Whether a host can be chosen, for `hub` (the person's hub when it passed its step, else null). */
export const hostChoiceVerdict = (round: EligibilityRound, hub: Pick<VisitingHub, "id" | "countryCode"> | null, host: HostHub | null): Verdict => checkHost(round, hub ?? NO_HUB, host);

/**
 * Each step's verdict for what the person chose. A step left empty is refused only once they
 * asked for the check (`asked`), so the first view of the page shows no error.
 */
export function checkSteps(round: EligibilityRound, query: StepQuery, facts: { hubs: readonly VisitingHub[]; hosts: readonly HostHub[] }, asked: boolean, now: Date): StepsResult {
  const missing = (key: Msg["key"]) => (asked ? msg(key) : null);

  const hub = query.hub ? (facts.hubs.find((h) => h.id === query.hub) ?? null) : undefined;
  const hubVerdict = hub === undefined ? missing("p2pApply.errors.hubMissing") : checkVisitingHub(round, hub);

  const role = query.role?.trim() ?? "";
  const roleVerdict = !role ? missing("p2pApply.errors.roleMissing") : role.length > ANSWER_LIMITS.role ? msg("forms.errors.tooLong", { max: ANSWER_LIMITS.role }) : null;

  const host = query.host ? (facts.hosts.find((h) => h.id === query.host) ?? null) : undefined;
  const hostVerdict = host === undefined ? missing("p2pApply.errors.hostMissing") : hostChoiceVerdict(round, hub && !hubVerdict ? hub : null, host);

  const startsOn = parseIsoDay(query.from), endsOn = parseIsoDay(query.until);
  const datesVerdict =
    !query.from || !query.until ? missing("p2pApply.errors.datesMissing") : !startsOn || !endsOn ? msg("p2pApply.errors.dateInvalid") : checkDates(round, startsOn, endsOn, now);

  const people = query.people && /^\d{1,2}$/.test(query.people) ? Number(query.people) : null;
  const peopleVerdict = !query.people ? missing("p2pApply.errors.peopleMissing") : people === null ? msg("forms.errors.invalid") : checkPeople(round, people);

  const verdicts = { hub: hubVerdict, role: roleVerdict, host: hostVerdict, dates: datesVerdict, people: peopleVerdict };
  const stay = startsOn && endsOn && !datesVerdict ? { startsOn, endsOn } : null;
  const allPass = hub && host && stay && people !== null && role && STEPS.every((step) => verdicts[step] === null);
  return {
    verdicts,
    stay,
    people: peopleVerdict === null ? people : null,
    choice: allPass ? { visitingHubId: hub.id, role, hostHubId: host.id, startsOn: stay.startsOn, endsOn: stay.endsOn, people: people! } : null,
  };
}
