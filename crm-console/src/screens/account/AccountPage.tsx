import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { formErrors } from '../../api/problem';
import type { Account, AccountContact, Activity, PaymentRisk } from '../../api/types';
import type { MessageKey } from '../../i18n/i18n';
import { useColleagues, useServices } from '../../services';
import { nameOf } from '../../ui/names';
import { Notice } from '../../ui/forms';
import { Timeline } from '../../ui/timeline';

/**
 * One account: who it is, whose, how much its payments are to be watched and why, the people there (tap to call
 * or mail), and its whole story (its contacts', deals' and leads' activities too).
 */
export function AccountPage({ id }: { id: string }) {
  const { api, t, session } = useServices();
  const people = useColleagues();
  const [account, setAccount] = useState<Account | null>(null);
  const [contacts, setContacts] = useState<AccountContact[]>([]);
  const [risk, setRisk] = useState<PaymentRisk | null>(null);
  const [story, setStory] = useState<Activity[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      try {
        const [a, c, r, s] = await Promise.all([api.account(id), api.accountContacts(id), api.paymentRisk(id),
          api.accountStory(id)]);
        setAccount(a); setContacts(c); setRisk(r); setStory(s.items);
      } catch (e) {
        setFailure(e instanceof ApiError ? formErrors(e.problem, t, []).general.join(' ') : t.t('problem.unreachable'));
      }
    })();
  }, [id]);

  if (failure) return <section><h1>{t.t('account.title')}</h1><Notice kind="warning">{failure}</Notice></section>;
  if (!account) return <p aria-busy="true">{t.t('app.loading')}</p>;
  return (
    <article aria-labelledby="account-title" class="record">
      <h1 id="account-title">{account.name}</h1>
      <dl class="facts">
        {account.country && <><dt>{t.t('account.country')}</dt><dd>{t.country(account.country)}</dd></>}
        <dt>{t.t('lead.owner')}</dt><dd>{nameOf(people, account.owner, session.user.id, t.t('lead.ownerYou'),
          t.t('lead.ownerNobody'))}</dd>
        <dt>{t.t('account.tier')}</dt><dd>{account.tier}</dd>
        {account.website && <><dt>{t.t('account.website')}</dt><dd>{account.website}</dd></>}
      </dl>

      {risk && (
        <section aria-labelledby="risk-title" class={`risk risk-${risk.level.toLowerCase()}`}>
          <h2 id="risk-title">{t.t('account.paymentRisk')}: <span class="badge" data-testid="payment-risk">
            {t.t(`risk.${risk.level}` as MessageKey)}</span></h2>
          {risk.reasons.length > 0 && (
            <ul class="plain">{risk.reasons.map(r => (
              <li key={`${r.order}-${r.instalment}`}>{t.t(`risk.reason.${r.code}` as MessageKey, { order: r.order,
                instalment: r.instalment, amount: t.money(r.outstanding.amount, r.outstanding.currency),
                days: r.daysLate, due: t.date(r.due) })}</li>))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="contacts-title">
        <h2 id="contacts-title">{t.t('account.contacts')}</h2>
        {contacts.length === 0 ? <p class="hint">{t.t('account.noContacts')}</p> : (
          <ul class="plain">
            {contacts.map(contact => (
              <li key={contact.id} id={`contact-${contact.id}`}>
                <strong>{contact.name ?? contact.email ?? contact.phone}</strong>
                {contact.phone && <a href={`tel:${contact.phone}`}>{contact.phone}</a>}
                {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <Timeline activities={story} />
    </article>
  );
}
