// Calendar days and the deadlines named by a day: a host's answer is due at the end of the
// named day in the round's zone, on either side of a clock change.
import { describe, expect, it } from "vitest";
import { addDays, endOfDayIn, parseIsoDay, todayIn } from "@/lib/calendar";

const at = (iso: string) => new Date(iso);

describe("endOfDayIn", () => {
  it("is the day's last millisecond in the zone, in winter and in summer time", () => {
    expect(endOfDayIn("Europe/Brussels", "2027-03-27")).toEqual(at("2027-03-27T22:59:59.999Z"));
    // Clocks go forward on 28 March 2027: that day ends an hour earlier in UTC.
    expect(endOfDayIn("Europe/Brussels", "2027-03-28")).toEqual(at("2027-03-28T21:59:59.999Z"));
    // And back on 31 October 2027.
    expect(endOfDayIn("Europe/Brussels", "2027-10-30")).toEqual(at("2027-10-30T21:59:59.999Z"));
    expect(endOfDayIn("Europe/Brussels", "2027-10-31")).toEqual(at("2027-10-31T22:59:59.999Z"));
    expect(endOfDayIn("Europe/Lisbon", "2027-07-01")).toEqual(at("2027-07-01T22:59:59.999Z"));
    expect(endOfDayIn("UTC", "2027-07-01")).toEqual(at("2027-07-01T23:59:59.999Z"));
  });
});

describe("a host's answer due N days after sending", () => {
  const due = (timeZone: string, now: Date, days: number) => endOfDayIn(timeZone, addDays(todayIn(timeZone, now), days));

  it("holds until the end of the named day in the round's zone, across the change to summer time", () => {
    // Sent on Saturday 20 March 2027 at 23:30 in Brussels (winter time), 14 days: due Saturday 3 April, summer time.
    expect(due("Europe/Brussels", at("2027-03-20T22:30:00Z"), 14)).toEqual(at("2027-04-03T21:59:59.999Z"));
    // Sent at 00:30 on 21 March in Brussels (still 20 March in UTC): the day in Brussels counts.
    expect(due("Europe/Brussels", at("2027-03-20T23:30:00Z"), 14)).toEqual(at("2027-04-04T21:59:59.999Z"));
  });

  it("across the change back to winter time", () => {
    expect(due("Europe/Athens", at("2027-10-25T09:00:00Z"), 7)).toEqual(at("2027-11-01T21:59:59.999Z"));
  });
});

describe("addDays and parseIsoDay", () => {
  it("count calendar days and read only real days", () => {
    expect(addDays("2027-02-27", 2)).toBe("2027-03-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(parseIsoDay(" 2028-02-29 ")).toEqual(at("2028-02-29T00:00:00Z"));
    expect(parseIsoDay("2027-02-29")).toBeNull();
    expect(parseIsoDay(undefined)).toBeNull();
  });
});
