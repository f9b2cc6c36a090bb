import { describe, expect, it } from 'vitest';
import { inQuietHours, questionFor, reflect, warmUpSteps } from '@/utils/reflection';
import { PATTERN_IDS } from '@/utils/storage/schemas';
import english from '../../../public/_locales/en/messages.json';
import spanish from '../../../public/_locales/es/messages.json';

const marked = (text: string, pattern?: string) =>
  reflect(text)
    .findings.filter((finding) => pattern === undefined || finding.pattern === pattern)
    .map(({ start, end }) => text.slice(start, end));

describe('offsets', () => {
  it('point at the words noticed in the original text', () => {
    expect(marked('ok so sorry, really sorry about earlier', 'over-apology')).toEqual(['sorry', 'sorry']);
    expect(marked('honestly r u mad at me?', 'reassurance-seeking')).toEqual(['r u mad']);
    expect(marked('fine. you ALWAYS do this', 'absolutes')).toEqual(['always'.toUpperCase()]);
  });

  it('survive curly apostrophes and zero-width characters', () => {
    const text = 'I\u2019m sorry, I\u2019m so\u200b sorry, I\u2019m the worst';
    const words = marked(text, 'over-apology');
    expect(words).toContain('sorry');
    expect(words).toContain('so\u200b sorry'.slice(4));
    expect(words.some((word) => word.startsWith('I\u2019m the worst'))).toBe(true);
  });

  it('cover a whole run of capitals', () => {
    expect(marked('ok. WHY IS THE DOOR OPEN AGAIN?!', 'shouting')).toEqual(['WHY IS THE DOOR OPEN AGAIN']);
  });
});

describe('text the person did not just write', () => {
  it('ignores quoted lines and the quoted reply below "On … wrote:"', () => {
    const reply =
      'Thanks, will do.\n\nOn Tue, 3 Mar 2026 at 10:02, Sam <sam@example.org> wrote:\n> YOU NEVER LISTEN!!! I am done with you.\n> sorry sorry sorry';
    expect(reflect(reply)).toMatchObject({ pause: false, findings: [] });
    expect(reflect('> you always do this\nFair point, I will fix the rota').findings).toEqual([]);
  });

  it('ignores signatures and sign-offs', () => {
    expect(reflect('Got it, see you then.\n\n-- \nJo\nSorry for typos, sent on the go, sorry').findings).toEqual([]);
    expect(reflect('Can you send me the slides?\n\nSent from my iPhone').findings).toEqual([]);
    expect(reflect("Hi Sam,\n\nThe draft is attached, sorry it's late.\n\nWith apologies,\nAlex").findings).toEqual([]);
  });

  it('still reads the message above a quote', () => {
    const text = "I'm done. Don't text me again.\n\nOn Mon, Jo wrote:\n> see you later?";
    expect(reflect(text).findings.map((finding) => finding.pattern)).toContain('withdrawal');
  });
});

describe('weighing', () => {
  const twoApologies = 'sorry, sorry, I forgot to reply about Friday';

  it('holds a draft sooner when the pattern is one the person recognises', () => {
    const watched = reflect(twoApologies, { profile: ['over-apology'] });
    expect(watched.pause).toBe(true);
    expect(watched.score).toBeGreaterThan(reflect(twoApologies).score);
    expect(reflect(twoApologies, { profile: ['hostility'] }).score).toBe(reflect(twoApologies).score);
  });

  it('moves the threshold with sensitivity, not the score', () => {
    for (const text of ['you always find an excuse', twoApologies, 'fine. do what you want, you always do']) {
      const readings = (['gentle', 'balanced', 'watchful'] as const).map((sensitivity) => reflect(text, { sensitivity }));
      expect(new Set(readings.map((result) => result.score)).size).toBe(1);
      // A more watchful setting never pauses less.
      const pauses = readings.map((result) => Number(result.pause));
      expect([...pauses].sort()).toEqual(pauses);
    }
  });

  it('scores several patterns higher than one', () => {
    const one = reflect('you always find an excuse').score;
    expect(reflect('YOU ALWAYS FIND AN EXCUSE!!! I am done. Leave me alone.').score).toBeGreaterThan(one);
  });

  it('keeps the score between 0 and 1, and calm text low with nothing noticed', () => {
    const calm = reflect('Lovely, see you at six!');
    expect(calm).toMatchObject({ pause: false, findings: [] });
    expect(calm.score).toBeLessThan(0.35);
    const heavy = reflect(
      "I'M SO SORRY SORRY SORRY!!! you must hate me, are we ok?? I'm done, it's over, I'll never be happy again, you never listen, why are you ignoring me???",
    );
    expect(heavy.score).toBeGreaterThan(0.9);
    expect(heavy.score).toBeLessThanOrEqual(1);
  });
});

describe('quiet hours', () => {
  const late = new Date(2026, 0, 14, 23, 30);
  const noon = new Date(2026, 0, 14, 12, 0);
  const quietHours = { enabled: true, start: 22, end: 7 };

  it('reports a draft written inside quiet hours, across midnight', () => {
    expect(reflect('see you tomorrow', { now: late, quietHours }).quietHours).toBe(true);
    expect(reflect('see you tomorrow', { now: new Date(2026, 0, 15, 6, 59), quietHours }).quietHours).toBe(true);
    expect(reflect('see you tomorrow', { now: noon, quietHours }).quietHours).toBeUndefined();
    expect(reflect('see you tomorrow', { now: late, quietHours: { ...quietHours, enabled: false } }).quietHours).toBeUndefined();
  });

  it('leaves the pause decision to the caller', () => {
    expect(reflect('see you tomorrow', { now: late, quietHours }).pause).toBe(false);
  });

  it('handles windows inside one day and empty windows', () => {
    expect(inQuietHours(new Date(2026, 0, 14, 13), { enabled: true, start: 12, end: 14 })).toBe(true);
    expect(inQuietHours(new Date(2026, 0, 14, 14), { enabled: true, start: 12, end: 14 })).toBe(false);
    expect(inQuietHours(noon, { enabled: true, start: 12, end: 12 })).toBe(false);
  });
});

describe('words shown to the person', () => {
  const JUDGING = /\b(?:toxic|bad|wrong|aggressive|manipulative|needy|clingy|crazy|abusive|unhealthy)\b/i;
  const DRAFTS = [
    "I'm so sorry, sorry, sorry, I'm the worst",
    'sorry, I am a mess',
    'are you mad at me? did I do something?',
    'fine. whatever. have fun without me then.',
    "it's nothing, forget I asked, dumb question",
    "I'm done. Don't call me.",
    'you never listen. you always interrupt. every single time.',
    "everything is ruined, I'm going to lose my job",
    'how hard is it to read an email?',
    'WHY IS THE DOOR OPEN AGAIN?!',
    "hello?? why aren't you answering",
  ];

  it('gives every finding a kind, specific note without judging words', () => {
    for (const draft of DRAFTS) {
      const { findings } = reflect(draft);
      expect(findings.length, draft).toBeGreaterThan(0);
      for (const { note } of findings) {
        expect(note).not.toMatch(JUDGING);
        expect(note).not.toMatch(/^reflect_/);
      }
    }
  });

  it('counts in the note', () => {
    expect(reflect('sorry, sorry, so sorry, I feel awful').findings[0].note).toBe('This draft apologises 3 times.');
    expect(reflect('are you mad at me? are we ok?').findings[0].note).toBe('This asks for reassurance 2 times.');
  });

  it('has one warm question per pattern', () => {
    const questions = PATTERN_IDS.map(questionFor);
    for (const question of questions) {
      expect(question).toMatch(/\?$/);
      expect(question).not.toMatch(JUDGING);
    }
    expect(new Set(questions).size).toBe(PATTERN_IDS.length);
  });

  it('exist in Spanish for every English reflect_ key', () => {
    const reflectKeys = (messages: object) =>
      Object.keys(messages)
        .filter((key) => key.startsWith('reflect_'))
        .sort();
    expect(reflectKeys(spanish)).toEqual(reflectKeys(english));
    expect(reflectKeys(english).length).toBeGreaterThan(PATTERN_IDS.length);
    for (const key of reflectKeys(english)) {
      const placeholders = (text: string) => text.match(/\$\d/g)?.sort() ?? [];
      const en = (english as Record<string, { message: string }>)[key].message;
      const es = (spanish as Record<string, { message: string }>)[key].message;
      expect(placeholders(es), key).toEqual(placeholders(en));
    }
  });
});

describe('warmUpSteps', () => {
  it('splits the first-use work into one step per lexicon and a last whole read, after which reading is unchanged', () => {
    const draft = "I'm so sorry, I'm sorry, I'm such an idiot, sorry, please don't be mad at me";
    const before = reflect(draft);
    const steps = warmUpSteps();
    expect(steps.length).toBeGreaterThan(15);
    for (const step of steps) expect(step()).toBeUndefined();
    expect(reflect(draft)).toEqual(before);
  });
});

describe('calibration from the person', () => {
  const draft = "I'm so sorry, I'm sorry again, I know I always mess this up";

  it('waits for a stronger sign only where every noticed pattern was learned, and never past the bound', () => {
    const first = reflect(draft);
    expect(first.pause).toBe(true);
    const patterns = [...new Set(first.findings.map((finding) => finding.pattern))];
    const above = Math.min(1, first.score + 0.001);
    const allLearned = Object.fromEntries(patterns.map((pattern) => [pattern, above]));
    expect(reflect(draft, { calibration: allLearned }).pause).toBe(first.score + 0.001 > 0.75);
    // One noticed pattern Steady has not learned to wait on is enough to pause as before.
    const oneLearned = { [patterns[0]]: above };
    expect(reflect(draft, { calibration: patterns.length > 1 ? oneLearned : {} }).pause).toBe(true);
    // A draft with nothing the calibration names is read as before.
    expect(reflect(draft, { calibration: { hostility: 0.99 } })).toEqual(first);
  });
});

describe('patterns the person switched off', () => {
  const apology = "Sorry, sorry, running late again, I'm really sorry";
  const mixed = 'Sorry, sorry. You never listen to me, you always do this.';

  it('are never pointed out, and never a reason to pause on their own', () => {
    expect(reflect(apology).pause).toBe(true);
    const off = reflect(apology, { patternsOff: ['over-apology'] });
    expect(off.pause).toBe(false);
    expect(off.findings).toEqual([]);
    // Watching a pattern closely does not override switching it off.
    expect(reflect(apology, { patternsOff: ['over-apology'], profile: ['over-apology'], sensitivity: 'watchful' }).pause).toBe(false);
  });

  it('leave the other patterns in the draft noticed as before', () => {
    const before = reflect(mixed);
    const off = reflect(mixed, { patternsOff: ['over-apology'] });
    expect(before.findings.some((finding) => finding.pattern === 'over-apology')).toBe(true);
    expect(off.findings).toEqual(before.findings.filter((finding) => finding.pattern !== 'over-apology'));
    expect(off.findings.length).toBeGreaterThan(0);
    expect(off.pause).toBe(true);
  });
});
