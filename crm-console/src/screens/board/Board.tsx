import { useEffect, useState } from 'preact/hooks';
import type { Board as BoardData, BoardCard, BoardColumn } from '../../api/types';
import type { MessageKey } from '../../i18n/i18n';
import { Link } from '../../router';
import { useColleagues, useServices } from '../../services';
import { nameOf } from '../../ui/names';
import { described, ErrorSummary, Field, FormActions, Notice } from '../../ui/forms';
import { useAction, useProblems } from '../../ui/use-action';
import { dueInstant, inDays } from '../deal/next-step';
import { NextStepFields } from '../deal/NextStepFields';

const FIELDS = ['stage', 'nextStep.action', 'nextStep.due'];

/**
 * The pipeline board: a column per open stage with its count and value, cards marked by health in words and
 * colour (never colour alone). A card moves by dragging it onto a column or by its "move to" menu; either way the
 * next step is asked, and a move that meets someone else's change (412) is said and the board reloaded.
 */
export function Board() {
  const { api, t, session } = useServices();
  const [board, setBoard] = useState<BoardData | null>(null);
  const [moving, setMoving] = useState<{ card: BoardCard; to: string } | null>(null);
  const problems = useProblems(FIELDS);
  const people = useColleagues();

  async function load() {
    try {
      setBoard(await api.board());
    } catch (e) {
      showErrors(problems(e));
    }
  }
  const { busy, errors, notice, run, showErrors, clearErrors } = useAction(FIELDS, load, t.t('board.changedElsewhere'));
  useEffect(() => { void load(); }, []);

  const stageName = (column: BoardColumn) => t.named(`stage.${column.stage}`, column.name);
  const others = (card: BoardCard) => (board?.columns ?? []).filter(c => c.stage !== card.deal.stage);
  const labels = Object.fromEntries(FIELDS.map(f => [f, t.optional(`field.${f}`) ?? f]));

  return (
    <section aria-labelledby="board-title">
      <h1 id="board-title">{t.t('board.title')}</h1>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary fields={moving ? errors.fields : {}} general={errors.general}
        labels={labels} />
      {moving && (
        <MoveForm busy={busy} errors={errors.fields} card={moving.card} to={moving.to}
          stages={others(moving.card).map(c => ({ id: c.stage, name: stageName(c) }))}
          onCancel={() => { setMoving(null); clearErrors(); }}
          onConfirm={async (stage, action, due) => {
            const name = stageName(board!.columns.find(c => c.stage === stage)!);
            if (await run(() => api.moveDeal(moving.card.deal, stage, { action, due }), t.t('deal.moved', { stage: name }))) {
              setMoving(null);
            }
          }} />
      )}
      {!board ? <p aria-busy="true">{t.t('app.loading')}</p> : (
        <div class="board">
          {board.columns.map(column => (
            <section key={column.stage} class="column" aria-labelledby={`column-${column.stage}`}
              onDragOver={event => event.preventDefault()}
              onDrop={event => {
                event.preventDefault();
                const id = event.dataTransfer?.getData('text/plain');
                const card = board.columns.flatMap(c => c.cards).find(c => c.deal.id === id);
                if (card && card.deal.stage !== column.stage) setMoving({ card, to: column.stage });
              }}>
              <h2 id={`column-${column.stage}`}>{stageName(column)}</h2>
              <p class="hint">{t.t('board.count', { count: column.count })}{column.value.length > 0 && ' · '}
                {column.value.map(v => t.money(v.amount, v.currency)).join(' + ')}</p>
              <ul class="cards">
                {column.cards.map(card => (
                  <li key={card.deal.id} class={`card health-${card.health.color.toLowerCase()}`} draggable
                    onDragStart={event => event.dataTransfer?.setData('text/plain', card.deal.id)}>
                    <Link href={`/deals/${card.deal.id}`}>{card.deal.title}</Link>
                    <span class="badge" data-testid="card-health">{t.t(`health.${card.health.color}` as MessageKey)}</span>
                    {card.deal.amount && <span>{t.money(card.deal.amount.amount, card.deal.amount.currency)}</span>}
                    {card.health.color !== 'GREEN' && (
                      <ul class="reasons">
                        {card.health.signals.filter(s => s.effect !== 'GREEN').map(s => (
                          <li key={s.signal}>{t.optional(`signal.${s.signal}`, { value: s.value, threshold: s.threshold })
                            ?? s.explanation}</li>))}
                      </ul>
                    )}
                    <span class="hint">{nameOf(people, card.deal.owner, session.user.id, t.t('lead.ownerYou'),
                      t.t('lead.ownerNobody'))}</span>
                    <button type="button" onClick={() => { clearErrors(); setMoving({ card, to: others(card)[0]?.stage ?? '' }); }}>
                      {t.t('board.moveTo')}<span class="visually-hidden"> {card.deal.title}</span></button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}

function MoveForm({ card, to, stages, busy, errors, onConfirm, onCancel }: { card: BoardCard; to: string;
  stages: { id: string; name: string }[]; busy: boolean; errors: Record<string, string>;
  onConfirm: (stage: string, action: string, due: string) => void; onCancel: () => void }) {
  const { t } = useServices();
  const [stage, setStage] = useState(to);
  const [action, setAction] = useState('');
  const [due, setDue] = useState(inDays(new Date(), 2));
  return (
    <form class="card move" noValidate aria-label={t.t('board.moveDeal', { title: card.deal.title })}
      onSubmit={event => { event.preventDefault(); onConfirm(stage, action, dueInstant(due)); }}>
      <h2>{t.t('board.moveDeal', { title: card.deal.title })}</h2>
      <Field id="stage" label={t.t('deal.stage')} error={errors.stage}>
        <select {...described('stage', errors.stage)} value={stage} onChange={e => setStage((e.target as HTMLSelectElement).value)}>
          {stages.map(s => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </Field>
      <NextStepFields action={action} due={due} onAction={setAction} onDue={setDue} errors={errors} />
      <FormActions busy={busy} confirm={t.t('lead.confirm')} cancel={t.t('lead.cancel')} onCancel={onCancel} />
    </form>
  );
}
