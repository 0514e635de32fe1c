// The API in a few lines: run with `npx tsx examples/api.ts`.
// In your own project: `import { analyze, similarity, NarrativeDiffError } from 'narrative-diff'`.
import { analyze, NarrativeDiffError, similarity } from '../src/index.js';

const report = await analyze([
  {
    id: 'wire',
    source: 'Nordwire',
    text: 'Brandt met Kessel in Tervik on Tuesday.\n\n"We are always ready for dialogue," Kessel told Brandt.',
  },
  {
    id: 'daily',
    source: 'Daily Courier',
    text: 'Share this on\n\nBrandt met Kessel in Tervik on Tuesday.\n\nThe strongman said he was "always ready for dialogue".',
  },
]);

// Every span slices its original text exactly.
for (const doc of report.documents) {
  for (const b of doc.boilerplate) console.log(`${doc.id} boilerplate (${b.kind}) at ${b.start}-${b.end}: ${b.text}`);
}
for (const a of report.alignments) {
  console.log(`${a.id} ${a.kind} ${a.similarity.toFixed(2)}: ${a.members.map((m) => `${m.docId}[${m.start}-${m.end}]`).join(' ~ ')}`);
}
for (const q of report.quotes) console.log(`${q.docId} quote by ${q.speaker?.name ?? 'nobody'}: ${q.text}`);

// Two passages judged on their own.
console.log(similarity('All sides should go half-way.', 'All sides should go halfway.'));
//=> { score: 1, kind: 'verbatim' }

// Misuse throws one error class with a stable code.
try {
  await analyze([{ id: 'x', text: 42 as unknown as string }]);
} catch (e) {
  if (e instanceof NarrativeDiffError) console.log(e.code, e.message);
  //=> INVALID_TEXT narrative-diff: inputs[0].text must be a string, found number
}
