import { existsSync, readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reflect, type Finding } from '@/utils/reflection';

/**
 * Every note Steady shows must be true of the draft it is about. Each note's claim is checked
 * against the words it points at, over every labelled draft (only their text is used) and over
 * generated drafts. A person told something untrue about their own words stops trusting the rest.
 */

const DATA = 'tests/data/reflection';
const files = [
  ...readdirSync(DATA)
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => `${DATA}/${name}`),
  ...['train', 'frozen'].flatMap((folder) => readdirSync(`${DATA}/${folder}`).map((name) => `${DATA}/${folder}/${name}`)),
  ...(existsSync('../shared/data/messages-dev.jsonl') ? ['../shared/data/messages-dev.jsonl'] : []),
];
const corpus = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text?: string }).text)
    .filter((text): text is string => typeof text === 'string'),
);

/**
 * Words that are apologies in any reading, in the languages Steady reads ("no tengo perdón", I have
 * no forgiveness, is self-blame). Steady may count more forms as apologies ("my fault", "culpa mía").
 */
const APOLOGY = /(?<!\p{L})(?<!\bno (?:me lo |tengo |hay )?)(?:s+o+r+[iy]+|s+r+r*y+|soz|apolog|perd[oó]+n|disculp|lo siento|lo lamento)/iu;
const ALL_CAPS_WORD = /^[^a-zà-ÿ]*[A-ZÀ-Þ]{2}[^a-zà-ÿ]*$/;

function capitalShare(text: string): number {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  const caps = words.filter((word) => word === word.toUpperCase() && word !== word.toLowerCase());
  return words.length === 0 ? 0 : caps.length / words.length;
}

/** Why a note is untrue of its draft, or undefined when it holds. */
function untrue(text: string, findings: Finding[], recentSendsInThread: number): string | undefined {
  const byNote = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.start < 0 || finding.end > text.length || finding.end <= finding.start) return `span out of the draft: ${finding.pattern}`;
    byNote.set(finding.note, [...(byNote.get(finding.note) ?? []), finding]);
  }
  for (const [note, spans] of byNote) {
    const words = spans.map(({ start, end }) => text.slice(start, end));
    const number = Number(/\b(\d+)\b/.exec(note)?.[1] ?? Number.NaN);
    if (note === 'Much of this draft is in capital letters.' && capitalShare(text) < 0.5)
      return `"${note}" with ${Math.round(capitalShare(text) * 100)}% of words in capitals`;
    if (note.startsWith('Some words here are in capital letters') && !words.some((word) => ALL_CAPS_WORD.test(word)))
      return `"${note}" on ${JSON.stringify(words)}`;
    if (note.startsWith('The piled-up') && !words.every((word) => /^[!?]+$/.test(word))) return `"${note}" on ${JSON.stringify(words)}`;
    if (note.startsWith('This draft apologises')) {
      // Every plain apology marked is counted, and the count is never more than what is marked;
      // "once" comes with something more than the apology (the self-blame it names).
      const counted = note.includes('once') ? 1 : number;
      const apologies = words.filter((word) => APOLOGY.test(word)).length;
      if (apologies > counted || counted > words.length || (note.includes('once') && words.length < 2))
        return `"${note}" with ${apologies} plain apologies among ${words.length} marked`;
    }
    if (/uses always-or-never words|asks for reassurance|plays down what you want/.test(note) && spans.length !== number)
      return `"${note}" with ${spans.length} marked`;
    if (note.startsWith("You've sent") && number !== recentSendsInThread) return `"${note}" after ${recentSendsInThread} sends`;
  }
  return undefined;
}

describe('the notes Steady shows', () => {
  it(`are true of every labelled draft (${corpus.length})`, () => {
    const wrong = corpus.map((text) => untrue(text, reflect(text).findings, 0)).filter(Boolean);
    console.log(`notes checked on ${corpus.length} drafts: ${wrong.length} untrue`);
    expect(wrong).toEqual([]);
  }, 120_000);

  it('are true of generated drafts, in any case and after any number of sends', () => {
    const pieces = [
      "I'm so sorry",
      'sorry again',
      'are you mad at me??',
      'YOU NEVER LISTEN',
      'I AM DONE',
      'fine.',
      'whatever',
      'you always do this',
      'nobody cares',
      'did you see my message?',
      'hello???',
      'this is going to ruin everything',
      "it's fine, never mind",
      'NASA and the BBC',
      "I'm OK",
      'see you at 6',
      'lo siento mucho',
      '¿estás enojado conmigo?',
      'NUNCA ME ESCUCHAS',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(' ', '. ', '!! ', '\n'),
        fc.nat(6),
        fc.boolean(),
        (parts, glue, sends, upper) => {
          const text = upper ? parts.join(glue).toUpperCase() : parts.join(glue);
          expect(untrue(text, reflect(text, { recentSendsInThread: sends }).findings, sends)).toBeUndefined();
        },
      ),
      { numRuns: 400, seed: 13 },
    );
  }, 120_000);

  it('never call an "I" or an acronym shouting', () => {
    const reading = reflect("I'm so sorry, I'm sorry again, are you mad at me?? please just tell me if I did something wrong");
    expect(reading.findings.map((finding) => finding.note)).not.toContain('Much of this draft is in capital letters.');
    expect(reading.findings.filter((finding) => finding.pattern === 'shouting')).toEqual([]);
    expect(reflect('Sent the PDF to HR and the CEO, FYI the VPN is down').findings).toEqual([]);
  });
});
