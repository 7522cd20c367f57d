// England and Wales bank holidays, computed for any year from the standing rules (one-off extra
// holidays, such as for a coronation, are not known). Used to move a deadline to a working day.
const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

// Easter Sunday (anonymous Gregorian algorithm), as [month, day].
function easter(y: number): [number, number] {
  const a = y % 19,
    b = Math.floor(y / 100),
    c = y % 100,
    d = Math.floor(b / 4),
    e = b % 4;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return [month, ((h + l - 7 * m + 114) % 31) + 1];
}

const firstMonday = (y: number, m: number) => 1 + ((8 - weekday(y, m, 1)) % 7);
const lastMonday = (y: number, m: number, days: number) => days - ((weekday(y, m, days) + 6) % 7);

// The year's bank holidays as YYYY-MM-DD, with weekend Christmas, Boxing Day and New Year moved on.
export function bankHolidays(y: number): string[] {
  const [em, ed] = easter(y);
  const good = new Date(Date.UTC(y, em - 1, ed - 2));
  const monday = new Date(Date.UTC(y, em - 1, ed + 1));
  const newYear = weekday(y, 1, 1);
  const christmas = weekday(y, 12, 25);
  // Sat → Mon 27 & Tue 28; Sun → Tue 27 (Boxing Day Mon 26); Fri → Boxing Day Mon 28.
  const xmas = christmas === 6 ? [27, 28] : christmas === 0 ? [26, 27] : christmas === 5 ? [25, 28] : [25, 26];
  return [
    iso(y, 1, newYear === 6 ? 3 : newYear === 0 ? 2 : 1),
    good.toISOString().slice(0, 10),
    monday.toISOString().slice(0, 10),
    iso(y, 5, firstMonday(y, 5)),
    iso(y, 5, lastMonday(y, 5, 31)),
    iso(y, 8, lastMonday(y, 8, 31)),
    ...xmas.map((d) => iso(y, 12, d)),
  ];
}

// Whether a UK calendar day (y, m, d) is a Saturday, Sunday or bank holiday.
export function isNonWorkingDay(y: number, m: number, d: number): boolean {
  const day = weekday(y, m, d);
  return day === 0 || day === 6 || bankHolidays(y).includes(iso(y, m, d));
}
