import { useEffect, useState } from 'preact/hooks';
import type { Colleague, Team } from '../../api/types';
import { useServices } from '../../services';
import { ErrorSummary } from '../../ui/forms';
import { PageFrame } from '../../ui/page-frame';
import { useAction } from '../../ui/use-action';
import { otherTeamOf, possibleMembers, teamsOfManagers } from './teams';

/**
 * Who works in which sales manager's team: a manager sees and steers their team's records (board, red list,
 * forecast). Someone is in one team at most; they leave one before they join another.
 */
export function Teams() {
  const { api, t } = useServices();
  const [colleagues, setColleagues] = useState<Colleague[] | null>(null);
  const [teams, setTeams] = useState<Team[]>([]);
  const [edits, setEdits] = useState<Record<string, Set<string>>>({});

  async function load() {
    const [people, stored] = await Promise.all([api.colleagues(), api.teams()]);
    setColleagues(people);
    setTeams(stored);
    setEdits(Object.fromEntries(stored.map(team => [team.manager, new Set(team.members)])));
  }
  const { busy, errors, notice, run } = useAction(['members'], load);
  useEffect(() => { void load().catch(() => setColleagues([])); }, []);
  if (!colleagues) return <p aria-busy="true">{t.t('app.loading')}</p>;

  const nameOf = (id: string) => colleagues.find(c => c.id === id)?.name ?? id;
  const managed = teamsOfManagers(colleagues, teams);
  const membersOf = (manager: string) => edits[manager] ?? new Set<string>();
  function toggle(manager: string, person: string) {
    const next = new Set(membersOf(manager));
    if (next.has(person)) next.delete(person); else next.add(person);
    setEdits({ ...edits, [manager]: next });
  }

  return (
    <PageFrame id="teams" title={t.t('admin.teams')} help={t.t('teams.help')} notice={notice}>
      <ErrorSummary fields={{}} general={[...errors.general,
        ...Object.values(errors.fields)]} labels={{}} line={(field, message) => `${field}: ${message}`} />
      {managed.length === 0 && <p class="card">{t.t('teams.noManagers')}</p>}
      {managed.map(team => (
        <form key={team.manager} class="card" noValidate aria-labelledby={`team-${team.manager}`} onSubmit={event => {
          event.preventDefault();
          void run(() => api.setTeam(team.manager, [...membersOf(team.manager)]),
            t.t('teams.saved', { name: nameOf(team.manager) }));
        }}>
          <h2 id={`team-${team.manager}`}>{t.t('teams.teamOf', { name: nameOf(team.manager) })}</h2>
          <fieldset class="field">
            <legend class="visually-hidden">{t.t('teams.members', { name: nameOf(team.manager) })}</legend>
            {possibleMembers(colleagues, team.manager).map(person => {
              const elsewhere = otherTeamOf(teams, person.id, team.manager);
              return (
                <label key={person.id} class="choice">
                  <input type="checkbox" checked={membersOf(team.manager).has(person.id)} disabled={!!elsewhere}
                    onChange={() => toggle(team.manager, person.id)} />
                  {' '}{person.name}
                  {elsewhere && <span class="hint"> ({t.t('teams.inTeamOf', { name: nameOf(elsewhere) })})</span>}
                </label>
              );
            })}
          </fieldset>
          <button type="submit" disabled={busy}>{t.t('teams.save')}</button>
        </form>
      ))}
    </PageFrame>
  );
}
