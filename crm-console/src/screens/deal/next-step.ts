/** A date input's day, `days` from now, in the seller's own calendar (yyyy-mm-dd). */
export function inDays(now: Date, days: number): string {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** The instant the service keeps for a next step due on a day: 09:00 that day where the seller is. */
export function dueInstant(day: string): string {
  return day ? new Date(`${day}T09:00`).toISOString() : '';
}
