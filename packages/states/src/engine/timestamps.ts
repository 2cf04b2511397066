/**
 * ISO-8601 extended offset date-time, as AWS accepts for Wait timestamps: a `T`, an explicit
 * offset (`Z` or ±hh:mm), valid fields, and any number of fraction digits.
 */
const ISO_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;

export function parseIsoOffsetDateTime(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = ISO_OFFSET.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = +y, month = +mo, day = +d, hour = +h, minute = +mi, second = +s;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  let ms = Date.UTC(year, month - 1, day, hour, minute, second) + (frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0);
  if (zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const [zh, zm] = zone.slice(1).split(':').map(Number);
    if (zh > 18 || zm > 59) return undefined;
    ms -= sign * (zh * 60 + zm) * 60_000;
  }
  return ms;
}
