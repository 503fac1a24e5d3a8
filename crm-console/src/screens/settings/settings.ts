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
