import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';

// Two invented articles on one meeting: one outlet says "leader", the other "strongman".
const TEXTS = [
  {
    id: 'wire',
    text: 'Valdorian leader Ostrak Venn met Foreign Minister Ann Lee on Thursday. Venn said the talks were useful. The leader smiled.',
  },
  {
    id: 'daily',
    text: 'The Valdorian strongman Ostrak Venn hosted Ann Lee on Thursday. The strongman praised the talks. Venn said the talks were useful.',
  },
];

describe('the naming table: how each document names an actor', () => {
  it.each([
    ['wire', [['leader', 2, false, 'neutral']], 0],
    ['daily', [['strongman', 2, true, 'negative']], 0.5],
  ] as const)('%s names Venn by its forms, with counts, directions and the loaded share', async (docId, forms, share) => {
    const report = await analyze(TEXTS);
    const venn = report.framing.actors.find((a) => a.name === 'Ostrak Venn');
    const row = venn?.byDocument.find((d) => d.docId === docId);
    for (const [form, count, loaded, direction] of forms) {
      expect(row?.forms.find((f) => f.form === form)).toMatchObject({ count, loaded, direction });
    }
    expect(row?.loadedShare).toBe(share);
    expect(row?.mentions).toBe(row?.forms.reduce((n, f) => n + f.count, 0));
  });

  it('a descriptor used as a name counts in its person\'s naming ("the special counsel")', async () => {
    const report = await analyze([
      {
        id: 'a',
        text: 'Special Counsel Tobin Reyes questioned two aides. Reyes asked about the meeting. Later the special counsel asked for more time.',
      },
      { id: 'b', text: 'Special Counsel Tobin Reyes questioned two aides. The special counsel declined to comment.' },
    ]);
    const reyes = report.framing.actors.find((a) => a.name === 'Tobin Reyes');
    expect(reyes?.byDocument.map((d) => d.forms.some((f) => f.form === 'special counsel'))).toEqual([true, true]);
  });
});
