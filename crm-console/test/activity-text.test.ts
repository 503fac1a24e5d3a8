import { describe, expect, it } from 'vitest';
import type { Activity, ActivityWording, Ownership, Task } from '../src/api/types';
import { Translator } from '../src/i18n/i18n';
import { activityText, ownershipReason, scoreInput, taskTitle } from '../src/ui/activity-text';

const sent: Activity = { id: 'a', type: 'QUOTE_SENT', direction: 'OUTBOUND', occurredAt: '2026-12-07T10:00:00Z',
  loggedBy: 'u', summary: 'Quote Q-2026-00001 v2 sent: 19000.00 USD, valid until 2026-12-31',
  wording: { code: 'quote-sent', values: { number: 'Q-2026-00001', version: '2', net: '19000.00', netCurrency: 'USD',
    validUntil: '2026-12-31' } } };

describe('what an activity says', () => {
  it('says what the CRM wrote in the reader\'s language, amounts and days as the reader writes them', () => {
    expect(activityText(sent, new Translator('zh-CN', 'Asia/Shanghai')))
      .toBe('已发送报价 Q-2026-00001 第 2 版：US$19,000.00，有效期至 2026年12月31日');
    expect(activityText(sent, new Translator('en', 'UTC'))).toBe('Quote Q-2026-00001 v2 sent: $19,000.00, valid until Dec 31, 2026');
  });

  it('names the payment method and leaves no gap for a missing reference', () => {
    const paid: Activity = { ...sent, type: 'PAYMENT_RECEIVED', wording: { code: 'payment-received', values: {
      number: 'SO-2026-00001', amount: '3000.00', amountCurrency: 'USD', receivedOn: '2026-12-07', method: 'bank-transfer',
      reference: '', open: '9000.00', openCurrency: 'USD' } } };
    expect(activityText(paid, new Translator('en', 'UTC')))
      .toBe('Payment for SO-2026-00001: $3,000.00 received Dec 7, 2026 (Bank transfer (T/T)); $9,000.00 still open');
  });

  it('keeps what people wrote, and a wording it does not know, as stored', () => {
    expect(activityText({ ...sent, wording: null, summary: 'Called Jonas about the price' }, new Translator('zh-CN', 'UTC')))
      .toBe('Called Jonas about the price');
    expect(activityText({ ...sent, wording: { code: 'from-a-newer-service', values: {} } }, new Translator('en', 'UTC')))
      .toBe(sent.summary);
  });
});

describe('what the SLA clocks wrote', () => {
  const note: Activity = { ...sent, type: 'NOTE', direction: 'INTERNAL',
    summary: 'SLA: first response to Wang Wei overdue by 30 business minutes; told max (manager)',
    wording: { code: 'sla-first-response-escalated', values: { who: 'Wang Wei', minutes: '30', told: 'manager',
      recipient: 'max' } } };

  it('says the note and who was told in the reader\'s language', () => {
    expect(activityText(note, new Translator('zh-CN', 'UTC')))
      .toBe('SLA：对 Wang Wei 的首次响应已超时 30 个工作分钟；已通知负责人的经理');
    expect(activityText({ ...note, wording: { code: 'sla-first-response-overdue', values: { who: 'Li Na', told: 'nobody' } } },
      new Translator('en', 'UTC'))).toBe('SLA: first response to Li Na overdue; nobody to tell: no owner, manager or fallback');
  });

  it('titles a reminder task in the reader\'s language and keeps a title a person wrote', () => {
    const task: Task = { id: 't', title: 'Chase 600.00 USD of SO-2026-00001 (30% deposit), 8 days late', status: 'OPEN',
      wording: { code: 'chase-payment', values: { number: 'SO-2026-00001', instalment: '30% deposit',
        outstanding: '600.00', outstandingCurrency: 'USD', days: '8' } } };
    expect(taskTitle(task, new Translator('zh-CN', 'UTC'))).toBe('催收 SO-2026-00001 的 US$600.00（30% deposit），已逾期 8 天');
    expect(taskTitle({ ...task, wording: { code: 'answer-lead', values: { who: 'Wang Wei' } } }, new Translator('en', 'UTC')))
      .toBe('Answer Wang Wei: first response overdue');
    expect(taskTitle({ ...task, title: 'Send samples', wording: null }, new Translator('zh-CN', 'UTC'))).toBe('Send samples');
    expect(taskTitle({ ...task, title: 'Send the quote', wording: null }, new Translator('zh-CN', 'UTC'))).toBe('发送报价');
  });
});

describe('what a scoring rule read', () => {
  const rule = { rule: 'need clarity', input: 'needClarity=PRICE_ONLY', points: 0, maxPoints: 20,
    said: { code: 'answer', values: { field: 'needClarity', value: 'PRICE_ONLY' } } };

  it('is said in the reader\'s language, the answer in words', () => {
    expect(scoreInput(rule, new Translator('zh-CN', 'UTC'))).toBe('需求：只问价格');
    expect(scoreInput(rule, new Translator('en', 'UTC'))).toBe('need: price only');
    expect(scoreInput({ ...rule, said: { code: 'not-stated', values: { field: 'requestedPaymentTerms' } } },
      new Translator('zh-CN', 'UTC'))).toBe('未说明要求的付款条款');
    expect(scoreInput({ ...rule, said: { code: 'target', values: { field: 'country', value: 'DE' } } },
      new Translator('zh-CN', 'UTC'))).toBe('国家：德国（目标）');
    expect(scoreInput({ ...rule, said: { code: 'no-reply', values: {} } }, new Translator('zh-CN', 'UTC'))).toBe('尚未回复');
  });

  it('keeps the service\'s words when it says nothing more', () => {
    expect(scoreInput({ ...rule, said: null }, new Translator('zh-CN', 'UTC'))).toBe('needClarity=PRICE_ONLY');
  });
});

describe('why a lead changed hands', () => {
  const names: Record<string, string> = { 'u-anna': 'Anna Berg', 'u-li': '李娜' };
  const name = (id: string) => names[id] ?? id;
  const byRules: Ownership & { said: ActivityWording[] } = {
    at: '2026-12-08T09:00:00Z', to: 'u-anna', reason: "assignment rules: rule 'Nordics' matched; …",
    said: [
      { code: 'rule-matched', values: { rule: 'Nordics' } },
      { code: 'country-among', values: { value: 'SE', among: 'NO,SE' } },
      { code: 'pool', values: { pool: 'north', distribution: 'round-robin' } },
      { code: 'on-leave', values: { user: 'u-li', until: '2026-12-11' } },
      { code: 'assigned-in-turn', values: { user: 'u-anna' } },
    ],
  };

  it('says the rules\' reasoning in the reader\'s language and names people, not ids', () => {
    expect(ownershipReason(byRules, new Translator('en', 'UTC'), name)).toBe('assignment rules: rule “Nordics” matched; '
      + 'country Sweden is one of Norway and Sweden; pool “north” (round robin); 李娜 is on leave until '
      + new Translator('en', 'UTC').date('2026-12-11') + '; assigned to Anna Berg, next in turn');
    const zh = ownershipReason(byRules, new Translator('zh-CN', 'UTC'), name);
    expect(zh).toContain('分配规则：规则“Nordics”匹配；国家瑞典属于挪威和瑞典；分配池“north”（轮流分配）；李娜休假至');
    expect(zh).toContain('分配给Anna Berg（按顺序轮到）');
    expect(zh).not.toContain('u-');
  });

  it('says a lead taken from the queue without the rules, and keeps a reason a person typed', () => {
    expect(ownershipReason({ at: byRules.at, reason: 'taken from the unassigned queue',
      said: [{ code: 'taken-from-queue', values: {} }] }, new Translator('zh-CN', 'UTC'), name)).toBe('从待分配队列中领取');
    expect(ownershipReason({ at: byRules.at, reason: 'Rita is at the fair', said: [] },
      new Translator('zh-CN', 'UTC'), name)).toBe('Rita is at the fair');
  });

  it('keeps the service\'s words for a step this console does not know yet', () => {
    expect(ownershipReason({ ...byRules, said: [...byRules.said, { code: 'new-step', values: {} }] },
      new Translator('zh-CN', 'UTC'), name)).toBe(byRules.reason);
  });
});
