import type { DuplicateMatch } from '../api/types';
import type { Translator } from '../i18n/i18n';

/** One line of why a record may be a duplicate, in the user's language; `against` when it counts against. */
export interface EvidenceLine { text: string; against: boolean }

/**
 * The evidence the service weighed, strongest first, each said by its code in the user's language (the service's
 * English reason when the console has no text for a code yet). The weights stay on the server: a rep reads what
 * matched and what did not, not bits.
 */
export function evidenceLines(t: Translator, match: DuplicateMatch): EvidenceLine[] {
  const evidence = match.evidence ?? [];
  if (evidence.length === 0) {
    return match.reasons.map(text => ({ text, against: false }));
  }
  return [...evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).map(piece => {
    const said = t.optional(`evidence.${piece.code}`, { a: piece.values[0] ?? '', b: piece.values[1] ?? '' });
    return { text: said ?? match.reasons[evidence.indexOf(piece)] ?? piece.code, against: piece.weight < 0 };
  });
}
