import type { Colleague, Team } from '../../api/types';

/** Every sales manager with their team (an empty one for a manager who leads none yet), by name. */
export function teamsOfManagers(colleagues: Colleague[], teams: Team[]): Team[] {
  return colleagues.filter(c => c.active && c.roles.includes('sales-manager'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(manager => teams.find(team => team.manager === manager.id) ?? { manager: manager.id, members: [] });
}

/** Who could be in a team: the people who sell, managers of their own teams excepted, by name. */
export function possibleMembers(colleagues: Colleague[], manager: string): Colleague[] {
  return colleagues.filter(c => c.id !== manager && c.active
    && (c.roles.includes('sales-rep') || c.roles.includes('sales-manager')))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The manager whose team someone is in, other than this one: they must leave it before joining another. */
export function otherTeamOf(teams: Team[], person: string, manager: string): string | undefined {
  return teams.find(team => team.manager !== manager && team.members.includes(person))?.manager;
}
