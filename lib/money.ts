// Amounts in euros as the reader's language writes them ("€1,175", "1.175 €", "1.175,50 €"):
// whole euros without cents, as the rounds publish them. Client-safe: pages and emails alike.

const formats = new Map<string, Intl.NumberFormat>();

/** An amount in whole euro cents, in `locale`. */
export function formatEuros(cents: number, locale: string): string {
  const whole = cents % 100 === 0;
  const key = `${locale}:${whole}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 });
    formats.set(key, format);
  }
  return format.format(cents / 100);
}
