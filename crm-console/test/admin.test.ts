import { describe, expect, it } from 'vitest';
import type { Colleague } from '../src/api/types';
import { areaOf, byArea } from '../src/screens/settings/settings';
import { otherTeamOf, possibleMembers, teamsOfManagers } from '../src/screens/teams/teams';

function person(id: string, name: string, roles: string[], active = true): Colleague {
  return { id, name, email: `${id}@acme.test`, roles, active, inMyScope: true };
}

describe('the settings page', () => {
  it('groups the keys by their area, sorted', () => {
    expect(areaOf('crm.sla.first-response')).toBe('sla');
    expect(areaOf('odd')).toBe('other');
    expect(byArea(['crm.sla.time-zone', 'crm.health.red-after', 'crm.sla.first-response', 'crm.health.green-within']))
      .toEqual([
        { area: 'health', keys: ['crm.health.green-within', 'crm.health.red-after'] },
        { area: 'sla', keys: ['crm.sla.first-response', 'crm.sla.time-zone'] },
      ]);
  });
});

describe('the teams page', () => {
  const people = [person('m2', 'Zhou Min', ['sales-manager']), person('m1', 'Ann Lee', ['sales-manager']),
    person('r1', 'Wang Fang', ['sales-rep']), person('r2', 'Bob Ray', ['sales-rep']),
    person('r3', 'Gone', ['sales-rep'], false), person('a', 'Admin', ['tenant-admin'])];

  it('has a team for every active manager, by name, empty when they lead none yet', () => {
    expect(teamsOfManagers(people, [{ manager: 'm2', members: ['r1'] }])).toEqual([
      { manager: 'm1', members: [] }, { manager: 'm2', members: ['r1'] }]);
  });

  it('offers the active people who sell, not the manager themselves nor admins', () => {
    expect(possibleMembers(people, 'm1').map(p => p.id)).toEqual(['r2', 'r1', 'm2']);
  });

  it('names the other team someone is in', () => {
    const teams = [{ manager: 'm2', members: ['r1'] }];
    expect(otherTeamOf(teams, 'r1', 'm1')).toBe('m2');
    expect(otherTeamOf(teams, 'r1', 'm2')).toBeUndefined();
    expect(otherTeamOf(teams, 'r2', 'm1')).toBeUndefined();
  });
});
