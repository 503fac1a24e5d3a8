/** The area a setting belongs to ("crm.sla.first-response": "sla"), so the page can group them. */
export function areaOf(key: string): string {
  const parts = key.split('.');
  return parts.length > 2 ? parts[1] : 'other';
}

/** The keys by area, areas in the order first met in the sorted keys, keys sorted within. */
export function byArea(keys: readonly string[]): { area: string; keys: string[] }[] {
  const areas = new Map<string, string[]>();
  for (const key of [...keys].sort()) {
    areas.set(areaOf(key), [...(areas.get(areaOf(key)) ?? []), key]);
  }
  return [...areas.entries()].map(([area, inArea]) => ({ area, keys: inArea }));
}

/** A duration as the page edits it: a whole number of hours or days. */
export interface DurationParts { amount: string; unit: 'hours' | 'days' }

/**
 * "PT72H" as 72 hours, "P14D" as 14 days, "" as nothing typed yet; any other ISO-8601 duration (PT30M, P1DT12H)
 * is not offered as parts, and the page keeps it as text. What is typed stays in the parts even when it is no
 * number ("PT7xH"), so the input keeps its focus and the service's refusal is said beside it.
 */
export function durationParts(iso: string): DurationParts | null {
  const text = iso.trim();
  if (text === '') return { amount: '', unit: 'hours' };
  const hours = /^PT([^HMS]*)H$/i.exec(text);
  if (hours) return { amount: hours[1], unit: 'hours' };
  const days = /^P([^DTWMY]*)D$/i.exec(text);
  return days ? { amount: days[1], unit: 'days' } : null;
}

/** The ISO-8601 text of so many hours or days ("PT72H", "P14D"); nothing when nothing is typed. */
export function durationText({ amount, unit }: DurationParts): string {
  const n = amount.trim();
  if (n === '') return '';
  return unit === 'days' ? `P${n}D` : `PT${n}H`;
}
