// Dates on the staff pages: Brussels time, like the rest of the staff area.
export const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Brussels" });

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
