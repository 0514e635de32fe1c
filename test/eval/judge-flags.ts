// Judging aid for the framing precision sample (framing-precision.ts, issue 17). Prints sampled flags with about
// 200 characters of context to the TERMINAL (article text never goes into the repo), and records verdicts.
//   npx tsx test/eval/judge-flags.ts                 the unjudged sampled flags, in context
//   npx tsx test/eval/judge-flags.ts --all           every sampled flag, with its verdict if any
//   npx tsx test/eval/judge-flags.ts --check N [...] the same, for check sample N (1, 2: own seeds; verdicts in
//                                                    the file framing-precision.ts's CHECKS names)
//   npx tsx test/eval/judge-flags.ts [--check N] --compare other.json
//                                                    agreement of the stored verdicts with a second judge's
//                                                    file (same rows) on the flags of the sample both judged
//   npx tsx test/eval/judge-flags.ts --apply v.tsv   records verdicts: lines "<id>\t<d|n>\t<criterion>", where <id>
//                                                    is the 8-character id printed above, d = defensible,
//                                                    n = not defensible, criterion a name from framing-criteria.md
// Verdicts are judged by test/eval/data/framing-criteria.md, one flag at a time, whatever the target needs.
import { readFileSync, writeFileSync } from 'node:fs';
import { readBasil, scoreBasil } from './framing-basil.js';
import { basilFlagged, CHECKS, drawCheck, drawSample, keyOf, polnearFlagged, readVerdicts, VERDICTS_FILE } from './framing-precision.js';
import type { FlaggedDoc, SampledFlag, Verdict } from './framing-precision.js';

const CONTEXT = 100;

/** The flag's sentence neighbourhood on one line, the flagged words between ⟦ ⟧. */
function contextOf(text: string, f: SampledFlag): string {
  const a = Math.max(0, f.start - CONTEXT);
  const b = Math.min(text.length, f.end + CONTEXT);
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  return `${a > 0 ? '…' : ''}${flat(text.slice(a, f.start))}⟦${text.slice(f.start, f.end)}⟧${flat(text.slice(f.end, b))}${b < text.length ? '…' : ''}`;
}

/** Writes the verdicts one row per line, sorted by file, offset and term, so a diff shows each change. */
function writeVerdicts(rows: readonly Verdict[], file: string): void {
  const sorted = [...rows].sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.offset - y.offset || (x.term < y.term ? -1 : 1)));
  const line = (r: Verdict): string =>
    JSON.stringify({ file: r.file, offset: r.offset, term: r.term, verdict: r.verdict, ...(r.reason ? { reason: r.reason } : {}) });
  writeFileSync(file, `[\n${sorted.map(line).join(',\n')}\n]\n`);
}

/** Reads "<id>\t<d|n>\t<criterion>" lines and adds (or replaces) the verdicts of those sampled flags. */
function apply(file: string, sample: readonly SampledFlag[], verdicts: Map<string, Verdict>, out: string): void {
  const byId = new Map(sample.map((f) => [f.hash.slice(0, 8), f]));
  let n = 0;
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [id, v, reason] = line.split('\t').map((s) => s.trim());
    const f = id === undefined ? undefined : byId.get(id);
    if (f === undefined || (v !== 'd' && v !== 'n')) throw new Error(`judge-flags: bad line (unknown id or verdict not d/n): ${line}`);
    verdicts.set(keyOf(f.file, f.start, f.term), {
      file: f.file,
      offset: f.start,
      term: f.term,
      verdict: v === 'd' ? 'defensible' : 'not defensible',
      ...(reason ? { reason } : {}),
    });
    n++;
  }
  writeVerdicts([...verdicts.values()], out);
  console.log(`recorded ${n} verdict(s); ${verdicts.size} in ${out}`);
}

const basil = readBasil();
const polnear = await polnearFlagged();
if (basil === undefined || polnear === undefined) throw new Error('judge-flags: ../shared/corpus/basil-dev/ or polnear-dev/ not found');
const b = await scoreBasil(basil.triples);
const docs: FlaggedDoc[] = [...basilFlagged(basil.triples, b.flags), ...polnear];
const texts = new Map(docs.map((d) => [d.file, d.text]));
const args = process.argv.slice(2);
const check = args[0] === '--check' ? Number(args[1]) - 1 : -1;
if (check >= 0) args.splice(0, 2);
const out = check >= 0 ? (CHECKS[check]?.file ?? VERDICTS_FILE) : VERDICTS_FILE;
const sample = check >= 0 ? drawCheck(docs, check) : drawSample(docs);
const verdicts = readVerdicts(out);
if (args[0] === '--apply' && args[1] !== undefined) apply(args[1], sample, verdicts, out);
else if (args[0] === '--compare' && args[1] !== undefined) {
  // Two judges' verdicts on the same sampled flags: how often they agree, and where not.
  const other = readVerdicts(args[1]);
  let both = 0;
  let agree = 0;
  for (const f of sample) {
    const k = keyOf(f.file, f.start, f.term);
    const [x, y] = [verdicts.get(k), other.get(k)];
    if (x === undefined || y === undefined) continue;
    both++;
    if (x.verdict === y.verdict) agree++;
    else
      console.log(
        `${f.hash.slice(0, 8)} ${JSON.stringify(f.term)}: stored ${x.verdict} (${x.reason ?? ''}), other ${y.verdict} (${y.reason ?? ''})`,
      );
  }
  console.log(`agree on ${agree} of ${both} flags judged in both (${sample.length} in the sample)`);
} else {
  const all = args[0] === '--all';
  let shown = 0;
  for (const f of sample) {
    const v = verdicts.get(keyOf(f.file, f.start, f.term));
    if (v !== undefined && !all) continue;
    shown++;
    const verdict = v === undefined ? '' : ` => ${v.verdict}${v.reason ? ` (${v.reason})` : ''}`;
    console.log(`${f.hash.slice(0, 8)}  ${f.file} ${f.start} ${JSON.stringify(f.term)} ${f.kind}${f.quoted ? ' quoted' : ''}${verdict}`);
    console.log(`          ${contextOf(texts.get(f.file) ?? '', f)}\n`);
  }
  console.log(
    `${shown} shown; ${sample.filter((f) => !verdicts.has(keyOf(f.file, f.start, f.term))).length} of ${sample.length} sampled flags unjudged`,
  );
}
