import '../../scripts/english-i18n-shim';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { reflect } from '../../utils/reflection';
import { afinnScore, vaderCompound } from '../../scripts/sentiment-baselines';
import { fmt, KB, percentile, type BenchRow, type BenchSuite } from '../types';

import { PATTERN_IDS } from '../../utils/storage/values';

const SUITE = 'analyzer';

/** Typical chat drafts, calm and charged, written for the benchmark. */
const CHAT = [
  'Sounds good, see you at six!',
  'running 10 min late, sorry, the bus is crawling',
  'are you mad at me? you went quiet',
  "I'm so sorry, sorry, I'm the worst",
  'Can you grab oat milk on the way home?',
  'fine. have fun without me.',
  'WHY IS THE DOOR OPEN AGAIN?!',
  "hello?? why aren't you answering",
  'you never listen to a word I say',
  'lol that meme 😂 sending it to the group',
  "it's nothing, forget I asked",
  'Happy birthday!! 🎉 have the best day',
];

/** A 2,000-character email: a calm body with a charged paragraph, a sign-off and a quoted reply. */
function email(): string {
  const body =
    'Hi Sam,\n\nThanks for sending the figures over. I went through the budget line by line and most of it looks right to me; ' +
    'the venue deposit is still missing and the catering quote seems to be from last year. Could you check both before Friday? ' +
    "I know it's been a hectic week for everyone.\n\nI have to say, I'm worried. You never send things on time and every time I ask " +
    "it turns into an argument. I'm sorry, I'm sorry if that sounds harsh, are you upset with me? If this goes wrong we're going " +
    "to lose the booking and I'll never hear the end of it.\n\n";
  const filler = 'The agenda is attached, with the speaker list, the room plan and the travel notes for the second day. ';
  let text = body;
  while (text.length < 1800) text += filler;
  text += '\n\nBest,\nAlex\n\nOn Mon, 2 Mar 2026 at 09:14, Sam <sam@example.org> wrote:\n> Here are the figures.\n> Let me know what you think.';
  return text.slice(0, 2000);
}

function perSecond(fn: (text: string) => unknown): number {
  for (let index = 0; index < 2000; index++) fn(CHAT[index % CHAT.length]);
  const rounds = 60_000;
  const started = performance.now();
  for (let index = 0; index < rounds; index++) fn(CHAT[index % CHAT.length]);
  return rounds / ((performance.now() - started) / 1000);
}

function p99(fn: (text: string) => unknown, text: string): number {
  for (let index = 0; index < 300; index++) fn(text);
  const times: number[] = [];
  for (let index = 0; index < 3000; index++) {
    const started = performance.now();
    fn(text);
    times.push(performance.now() - started);
  }
  return percentile(times, 99);
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The analyzer on its own, minified: what the pause kit carries for it. */
async function analyzerKb(): Promise<number> {
  const result = await build({
    entryPoints: [`${ROOT}utils/reflection/index.ts`],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    // The content script already carries the browser API wrapper.
    external: ['wxt/browser'],
  });
  return result.outputFiles[0].contents.byteLength / KB;
}

/** Bytes of the analyzer's own modules inside the composer content script, minified. */
async function analyzerInContentScriptKb(): Promise<number> {
  const result = await build({
    entryPoints: [`${ROOT}entrypoints/composer.content/index.ts`],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    alias: { '@': ROOT },
    external: ['wxt/*'],
    loader: { '.css': 'empty' },
  });
  const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs));
  const bytes = inputs.filter(([path]) => path.includes('utils/reflection/')).reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  return bytes / KB;
}

const reflection: BenchSuite = async () => {
  const long = email();
  // Steady's figures first, each library's after: the garbage one leaves behind must not be
  // collected inside another's timed runs.
  const rate = perSecond(reflect);
  const latency = p99(reflect, long);
  // A person who taught Steady to wait on every pattern on this site: the most calibration can add.
  const calibration = Object.fromEntries(PATTERN_IDS.map((pattern) => [pattern, 0.8]));
  const calibrated = p99((text) => reflect(text, { calibration }), long);
  const baselines = (measure: (fn: (text: string) => unknown) => number, unit: string) =>
    `vader-sentiment ${fmt(measure(vaderCompound))} ${unit}, sentiment ${fmt(measure(afinnScore))} ${unit}`;
  const rows: BenchRow[] = [
    {
      suite: SUITE,
      name: 'reflect() throughput, chat messages',
      median: rate,
      unit: 'msgs/s',
      budget: { min: 20_000 },
      compare: baselines(perSecond, 'msgs/s'),
    },
    {
      suite: SUITE,
      name: 'reflect() p99 latency, 2,000-char email',
      median: latency,
      unit: 'ms',
      budget: { max: 0.5 },
      compare: baselines((fn) => p99(fn, long), 'ms'),
    },
    {
      suite: SUITE,
      name: 'calibration added to reflect() p99, 2,000-char email',
      median: Math.max(0, calibrated - latency),
      unit: 'ms',
      budget: { max: 0.05 },
      compare: `p99 with a calibration for every pattern ${fmt(calibrated)} ms, without ${fmt(latency)} ms`,
    },
    {
      suite: SUITE,
      name: 'analyzer in the content script, minified',
      median: await analyzerInContentScriptKb(),
      unit: 'KB',
      budget: { max: 15 },
      compare: 'what every supported page loads; the analyzer arrives with the pause kit',
    },
    {
      suite: SUITE,
      name: 'analyzer alone, minified (in the pause kit)',
      median: await analyzerKb(),
      unit: 'KB',
      compare: 'injected with the overlay when a composer is first used',
    },
  ];
  return rows;
};

export default reflection;
