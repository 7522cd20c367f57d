// Readable addresses made from titles ("Win a year of advice" → "win-a-year-of-advice"), kept unique
// by a numbered suffix.
export const slugOf = (title: string, fallback: string) =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || fallback;

// The first of base, base-2, base-3, … that is not taken.
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

// Whether text has the shape of an address made by slugOf (with its suffix); checked before any lookup.
export function isSlug(text: string): boolean {
  return /^[a-z0-9-]{1,70}$/.test(text);
}
