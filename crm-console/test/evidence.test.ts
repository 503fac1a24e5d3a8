import { describe, expect, it } from 'vitest';
import type { DuplicateMatch } from '../src/api/types';
import { Translator } from '../src/i18n/i18n';
import { evidenceLines } from '../src/ui/evidence';

const match: DuplicateMatch = {
  type: 'lead', id: 'l1', score: 0.62, sure: false,
  reasons: ["same person's name wang wei (shared by 1 in 40): +5.2", 'different email domains nbtrading.com / ningbohw.cn: -3.6',
    'something new: +1.0'],
  evidence: [{ code: 'same-person-name', values: ['wang wei'], weight: 5.2 },
    { code: 'different-email-domains', values: ['nbtrading.com', 'ningbohw.cn'], weight: -3.6 },
    { code: 'a-code-the-console-does-not-know', values: [], weight: 1.0 }],
};

describe('duplicate evidence', () => {
  it('says each piece in the user language, strongest first, and marks what counts against', () => {
    expect(evidenceLines(new Translator('zh-CN', 'Asia/Shanghai'), match)).toEqual([
      { text: '相同姓名 wang wei', against: false },
      { text: '邮箱域名不同 nbtrading.com / ningbohw.cn', against: true },
      { text: 'something new: +1.0', against: false },
    ]);
    expect(evidenceLines(new Translator('en', 'UTC'), match)[1].text)
      .toBe('different email domains nbtrading.com / ningbohw.cn');
  });

  it('falls back to the English reasons of an answer without evidence', () => {
    expect(evidenceLines(new Translator('en', 'UTC'), { ...match, evidence: [] }).map(l => l.text))
      .toEqual(match.reasons);
  });
});
