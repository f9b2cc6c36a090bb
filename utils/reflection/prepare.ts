import { JOKING } from './lexicon';

/** A draft made ready for matching. Offsets in `lower` and `cased` line up with the original, via `origin` when needed. */
export type Prepared = {
  /** The draft with quoted replies and signatures blanked out (same length), apostrophes made straight. */
  cased: string;
  /** `cased` in lower case: what the lexicons match against. */
  lower: string;
  /** Original offset of each index, present only when zero-width characters were dropped. */
  origin?: number[];
  joking: boolean;
};

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const CURLY = /[\u2018\u2019\u201A\u201B\u02BC\u2032\u0060\u00B4]/g;
const QUOTED_LINE = /^[ \t]*>[^\n]*/gm;
/** Where a quoted earlier message begins: everything after it is someone else's words. */
const REPLY_HEADER =
  /^(on\b[^\n]{0,200}(\n[^\n]{0,120})?\bwrote:[ \t]*$|-{2,}[ \t]*(original message|forwarded message)[ \t]*-{2,}|_{8,}[ \t]*$|from:[^\n]+\n(sent|date|to):)/im;
const SIGNATURE_MARK = /^(--[ \t]?$|sent from my [^\n]+$|get outlook for [^\n]+$)/im;
/** "Best,\nName" and friends: a sign-off line ending in a comma, then at most two short lines. */
const SIGN_OFF =
  /\n[ \t]*(best|regards|kind regards|warm(est)? regards|best wishes|all the best|many thanks|thanks|thank you|cheers|sincerely|yours|take care|love|talk soon|speak soon|with)\b[^\n,.!?]{0,30},[ \t]*(\n[ \t]*[^\n]{1,40}){1,2}\s*$/i;

function blank(text: string, start: number, end: number): string {
  // Line by line rather than character by character: a long quoted reply stays cheap to blank.
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]+/g, (line) => ' '.repeat(line.length)) + text.slice(end);
}

function dropZeroWidth(text: string): { text: string; origin: number[] } {
  const origin: number[] = [];
  let kept = '';
  for (let index = 0; index < text.length; index++) {
    if (ZERO_WIDTH.test(text[index])) continue;
    kept += text[index];
    origin.push(index);
  }
  origin.push(text.length);
  return { text: kept, origin };
}

/** Removes what the person didn't write just now (quotes, reply history, signatures), keeping offsets. */
function blankOthersWords(text: string): string {
  let result = text;
  if (result.includes('>')) result = result.replace(QUOTED_LINE, (line) => ' '.repeat(line.length));
  if (!result.includes('\n')) return result;
  // Everything from the first of these marks on goes; each later mark is looked for only above
  // the earlier one, as if what follows were already blank, so the draft is copied once.
  let cut = REPLY_HEADER.exec(result)?.index ?? result.length;
  cut = SIGNATURE_MARK.exec(result.slice(0, cut))?.index ?? cut;
  const signOff = SIGN_OFF.exec(result.slice(0, cut));
  if (signOff && signOff.index > 0) cut = signOff.index;
  return cut < result.length ? blank(result, cut, result.length) : result;
}

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters (such as "İ") grow when lowered: keep those as they are.
  let result = '';
  for (const char of text) {
    const lowered = char.toLowerCase();
    result += lowered.length === char.length ? lowered : char;
  }
  return result;
}

export function prepare(original: string): Prepared {
  let text = original;
  let origin: number[] | undefined;
  if (ZERO_WIDTH.test(text)) ({ text, origin } = dropZeroWidth(text));
  const cased = blankOthersWords(text.replace(CURLY, "'"));
  const lower = lowerSameLength(cased);
  return { cased, lower, origin, joking: JOKING.test(lower) };
}

/** The span in the person's original text. */
export function originalSpan(prepared: Prepared, start: number, end: number): { start: number; end: number } {
  const { origin } = prepared;
  if (!origin) return { start, end };
  return { start: origin[start], end: end > start ? origin[end - 1] + 1 : origin[start] };
}
