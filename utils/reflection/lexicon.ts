/** Regex fragments for the informal spellings people type in chat ("im", "ur", "r u", "pls"). */
export const I_AM = "(i'?m|i am)";
export const YOU = '(you|u|ya)';
export const YOURE = "(you'?re|you are|ur|u r|u are)";
export const YOUR = '(your|ur|yr)';
export const ARE = '(are|r)';
export const DONT = "(don'?t|do not)";
export const PLEASE = '(please|pls|plz)';
/** "sorry", "sooo sorryyy", "sry", "soz". */
export const SORRY = '(so+r+y+|sry|srry|soz)';

export type Span = { start: number; end: number };

/** A lexicon's pattern, built the first time a draft is read (the page's own load stays light). */
export type Lexicon = { readonly pattern: RegExp; readonly alternatives: readonly string[] };

const everyLexicon: Lexicon[] = [];

/**
 * One step per lexicon that builds its pattern and runs it once, which is when the engine first
 * compiles it. Done a step at a time while the page is idle, the first read of a draft is quick
 * and no single moment of the work is long.
 */
export function lexiconWarmUp(): Array<() => void> {
  return everyLexicon.map((lexicon) => () => {
    const { pattern } = lexicon;
    pattern.lastIndex = 0;
    pattern.test("i'm sorry, are you upset with me? you always");
    pattern.lastIndex = 0;
  });
}

/**
 * A lexicon: one alternative per line, written as in a regex literal (`\s`, not `\\s`). A
 * line that starts with a word, even inside brackets, begins at a word boundary, and a line
 * that ends with a word ends at one: `are ${YOU} mad` reads `\bare (you|u|ya) mad\b`. Other
 * boundaries are written out.
 */
export function rx(lines: TemplateStringsArray, ...parts: string[]): Lexicon {
  let built: RegExp | undefined;
  const alternatives = () =>
    String.raw(lines, ...parts)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => line + (/(^|[^\\\w])\w+$/.test(line) ? '\\b' : ''));
  const build = () => {
    // One word boundary in front of all the lines that begin at a word: the engine then tries
    // them only where a word starts, which is most of the cost saved on a long draft.
    const lines = alternatives();
    const words = lines.filter(atWord).map((line) => line.replace(/^\\b/, ''));
    const others = lines.filter((line) => !atWord(line));
    const source = [...(words.length > 0 ? [`\\b(?:${sharingFirstWords(words).join('|')})`] : []), ...sharingFirstWords(others)].join('|');
    return new RegExp(withoutCaptures(source), 'g');
  };
  const lexicon = {
    get pattern() {
      return (built ??= build());
    },
    get alternatives() {
      return alternatives().map((line) => (atWord(line) ? `\\b(?:${line.replace(/^\\b/, '')})` : line));
    },
  };
  everyLexicon.push(lexicon);
  return lexicon;
}

const atWord = (line: string) => /^\(*(\w|\\d)/.test(line) || line.startsWith('\\b');

/** Every lexicon's alternatives, each as a pattern of its own: what the trainer counts when it reports rules that fire on one draft. */
export function allLexicons(): readonly Lexicon[] {
  return everyLexicon;
}

/**
 * The first word of a line and the space after it, or its first bracketed choice when nothing
 * repeats it ("(don'?t|do not) ", "(^|[.!?]\s+)"), if it has one.
 */
function leadingWord(line: string): string | undefined {
  let end = 0;
  if (line.startsWith('(')) {
    for (let depth = 0; end < line.length; end++) {
      if (line[end] === '\\') end++;
      else if (line[end] === '(') depth++;
      else if (line[end] === ')' && --depth === 0) break;
    }
    end++;
    return end < line.length && !'?*+{'.includes(line[end]) ? line.slice(0, end) : undefined;
  }
  end = /^[a-z']*/.exec(line)![0].length;
  return end > 0 && line[end] === ' ' ? line.slice(0, end + 1) : undefined;
}

/**
 * Lines that begin with the same word are tried together ("(don'?t|do not) (call|…)" and
 * "(don'?t|do not) bother …" become one choice after one "(don'?t|do not) ", and so on for the
 * words after it): the engine reads each shared word once at each place instead of once per line.
 */
function sharingFirstWords(lines: string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const line of lines) {
    const first = leadingWord(line);
    const key = first ?? line;
    groups.set(key, [...(groups.get(key) ?? []), first ? line.slice(first.length) : '']);
  }
  return [...groups].map(([key, rests]) => (rests.length > 1 ? `${key}(?:${sharingFirstWords(rests).join('|')})` : key + rests[0]));
}

/**
 * Every bracket made non-capturing: only whole matches are used, and an engine that keeps no
 * groups allocates less for each match, which keeps garbage collection out of a long draft's read.
 */
function withoutCaptures(source: string): string {
  let out = '';
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') {
      out += char + source[++index];
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    out += char === '(' && !inClass && source[index + 1] !== '?' ? '(?:' : char;
  }
  return out;
}

/** Appends every match of `lexicon` in `text` that `keep` accepts to `into`; returns how many there were. */
export function collect(lexicon: Lexicon, text: string, into: Span[], keep: (match: RegExpExecArray) => boolean = () => true): number {
  const re = lexicon.pattern;
  let found = 0;
  re.lastIndex = 0;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    if (!keep(match)) continue;
    into.push({ start: match.index, end: match.index + match[0].length });
    found++;
  }
  return found;
}

/** "no" negates only the word right after it: in "the bank says no, my future is over" it is an answer. */
const NEGATION_BEFORE = /\b(not|never|don'?t|dont|didn'?t|doesn'?t|isn'?t|wasn'?t|aren'?t|won'?t|wouldn'?t|can'?t|hardly)\s+(\w+\s+)?$|\bno\s+$/;

/** True when the words just before `index` negate what follows ("not going to lose"). */
export function negatedAt(text: string, index: number): boolean {
  return NEGATION_BEFORE.test(text.slice(Math.max(0, index - 24), index));
}

/** Bounds of the sentence (or line) around `index`. */
export function sentenceAt(text: string, index: number): Span {
  let start = index;
  while (start > 0 && !'.!?\n'.includes(text[start - 1])) start--;
  let end = index;
  while (end < text.length && !'.!?\n'.includes(text[end])) end++;
  return { start, end };
}

/** Laughter marks a draft as banter, which softens reproach, absolutes and doom. */
export const JOKING = /\b(lol+|lmao|rofl|ha(ha)+h?|hehe+|jk)\b|[\u{1F602}\u{1F923}\u{1F606}\u{1F61C}\u{1F61D}\u{1F92A}]/u;
