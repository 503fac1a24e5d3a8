import type { AssignmentPolicy, AssignmentTarget } from '../../api/types';

/** A list as one line to edit ("DE, AT, CH"). */
export function listText(values: readonly string[]): string {
  return values.join(', ');
}

/** A line back to its values: split at commas (Chinese ones too) or spaces, blanks dropped, upper case if asked. */
export function parseList(text: string, upper = false): string[] {
  const values = text.split(/[,，;\s]+/).map(v => v.trim()).filter(Boolean);
  return [...new Set(upper ? values.map(v => v.toUpperCase()) : values)];
}

/** A target as a select's value ("user:42", "pool:Europe") and back. */
export function targetValue(target: AssignmentTarget | null | undefined): string {
  return target ? `${target.type}:${target.value}` : '';
}
export function targetOf(value: string): AssignmentTarget {
  const at = value.indexOf(':');
  return { type: value.slice(0, at) === 'pool' ? 'pool' : 'user', value: value.slice(at + 1) };
}

/** A policy to start from when the tenant has none: no rules, no pools, everything to one person. */
export function startingPolicy(fallbackUser: string): AssignmentPolicy {
  return { rules: [], pools: [], fallback: { type: 'user', value: fallbackUser } };
}

/** Pools a rule or the fallback still names after a pool was renamed or removed: the service refuses them. */
export function missingPools(policy: AssignmentPolicy): string[] {
  const names = new Set(policy.pools.map(p => p.name));
  return [...new Set([...policy.rules.map(r => r.target), policy.fallback]
    .filter(target => target.type === 'pool' && !names.has(target.value)).map(target => target.value))];
}
