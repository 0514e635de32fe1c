// How long analyze keeps the event loop from running timers (issue 18: "the work yields to the event loop"):
//   npx tsx test/bench/event-loop.ts [articles=2000]
// A 5 ms interval timer records the time between its firings, wall and this process's CPU, with the stages that ran
// in between; the longest stretches are printed, longest CPU first. On a shared machine read the CPU column: wall
// time also counts the waits for a core.
import { analyze } from '../../src/index.js';
import { buildCorpus, sourceArticles } from './corpus.js';

const n = Number(process.argv[2] ?? 2000);
const docs = buildCorpus(sourceArticles(), n);
let stages: string[] = ['(start)'];
const gaps: { wall: number; cpu: number; stages: string }[] = [];
let last = performance.now();
let lastCpu = process.cpuUsage();
const timer = setInterval(() => {
  const now = performance.now();
  const cpu = process.cpuUsage(lastCpu);
  gaps.push({ wall: now - last, cpu: (cpu.user + cpu.system) / 1000, stages: stages.join(' + ') });
  last = now;
  lastCpu = process.cpuUsage();
  stages = [stages[stages.length - 1] ?? ''];
}, 5);
await analyze(docs, {
  onProgress: (p) => {
    if (p.stage !== stages[stages.length - 1]) stages.push(p.stage);
  },
});
clearInterval(timer);
console.log(`${n} bench articles: the longest stretches without a timer firing (CPU of this process, wall)`);
for (const g of gaps.sort((x, y) => y.cpu - x.cpu).slice(0, 10)) {
  console.log(`${g.cpu.toFixed(0).padStart(6)} ms CPU ${g.wall.toFixed(0).padStart(6)} ms wall   ${g.stages}`);
}
