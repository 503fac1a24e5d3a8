import type { SearchHit } from '../../api/types';

/** Wait this long after the last key before asking: a search per word, not per letter. */
export const SEARCH_DELAY_MS = 300;

/** The service answers from two characters on (one Han character is a name too short to find anyone by). */
export function searchable(text: string): boolean {
  return [...text.trim()].length >= 2;
}

/** Where a result opens: a lead its page, an account its page, a contact their account's. */
export function hitLink(hit: SearchHit): string {
  if (hit.type === 'lead') return `/leads/${hit.id}`;
  if (hit.type === 'contact') return `/accounts/${hit.accountId}#contact-${hit.id}`;
  return `/accounts/${hit.id}`;
}
