import type { Colleague } from '../api/types';

/** A person's name from the tenant's people, "you" for the caller; the id itself for someone gone. */
export function nameOf(colleagues: Colleague[], id: string | null | undefined, me: string, you: string,
                       nobody: string): string {
  if (!id) return nobody;
  if (id === me) return you;
  return colleagues.find(c => c.id === id)?.name ?? id;
}
