/**
 * Which language a draft is in, from its most common small words: English and Spanish, which
 * Steady reads, or another it does not. Local, and a few microseconds for a chat message.
 */
export type DraftLanguage = 'en' | 'es' | 'other';

const COMMON: Record<string, string> = {
  en: "the and you to is it that of i my me for this are was not with have just what so but your be can we on at im i'm dont don't u ur if do did how why all know get got want really think will would when there been they he she them her his our about like lol pls thanks sorry hey hi ok okay yeah yes no",
  es: 'que de la el y en los se por me te lo las un una es con para pero mi tu ya si esta estas estoy porque q xq como mas muy eso esto nada todo siempre nunca hola gracias vale pues bueno sos vos usted le les del al cuando donde quien tengo tienes tiene hay eres soy fue era hacer puedes puedo quiero nos algo ahora hoy mañana manana solo tambien también perdon perdón',
  fr: "je tu il elle est les des pas et pour avec c'est vous ne mais une le la que qui sur au aux ce cette mon ma mes ton ta moi toi suis es sont fait bien merci oui non rien tout jamais toujours encore parce quoi comment pourquoi j'ai",
  de: 'ich du nicht und der die das ist mir mich dich dir ein eine auf mit aber wir sie es bin bist sind war hast habe hat kann kannst noch schon immer nie wieder warum was wie danke bitte ja nein doch auch nur mal',
  pt: 'não nao você voce eu é está esta com uma um para mas muito isso obrigado obrigada tá ta né ne também tambem vc meu minha seu sua ele ela estou sou foi tem tenho fazer nada tudo sempre nunca quando porque porquê então entao agora hoje ainda já ja pra',
  it: 'non che il di sono è ho mi ti per ma una un perché perche sei cosa ciao grazie anche io tu lui lei sempre mai ancora adesso oggi domani questo quello come dove quando niente tutto fatto essere hai ha siamo',
  nl: 'ik je jij niet het een en van dat is de wat maar met ben heb nog wel ook niks niets altijd nooit waarom hoe dank bedankt jullie zijn was heeft hebt kan kun moet mij mijn jouw wij zij dit die er',
  ca: 'que no és amb per els les una però jo tu em et molt què això doncs perquè avui gràcies gracies sempre mai res tot ara demà dema meu meva teu teva estic estàs som sou també tambe aquest aquesta vull',
  pl: 'nie się sie jest to że ze ja ty w na z co mnie jak tak już juz czy ale mi dzięki dzieki ciebie tobie jestem jesteś jestes był byl była byla mam masz może moze zawsze nigdy dlaczego bo teraz dzisiaj',
};

/** Each common word counts 1 shared among the languages that use it: "que" says little, "estoy" a lot. */
const WEIGHTS = new Map<string, Map<string, number>>();
for (const [lang, list] of Object.entries(COMMON)) {
  for (const word of list.split(' ')) {
    const owners = WEIGHTS.get(word) ?? new Map<string, number>();
    owners.set(lang, 1);
    WEIGHTS.set(word, owners);
  }
}
for (const owners of WEIGHTS.values()) for (const lang of owners.keys()) owners.set(lang, 1 / owners.size);

const WORD = /[\p{L}']+/gu;
/** Letters that Spanish and English do not use: each one seen counts towards the other languages. */
const OTHER_LETTERS = /[çàèìòùœæßäöãõâêîôûłśźżąęćńčřšžåøë]/g;

/** The draft's language. With too little to go on, English (whose rules also read punctuation and capitals). */
export function detectLanguage(lower: string): DraftLanguage {
  const scores: Record<string, number> = {};
  let seen = 0;
  for (const [word] of lower.matchAll(WORD)) {
    for (const [lang, weight] of WEIGHTS.get(word) ?? []) scores[lang] = (scores[lang] ?? 0) + weight;
    if (++seen >= 200) break;
  }
  const letters = new Set(lower.match(OTHER_LETTERS) ?? []).size;
  let best: string | undefined;
  let other = 0;
  for (const lang in scores) {
    if (!best || scores[lang] > scores[best]) best = lang;
    if (lang !== 'en' && lang !== 'es') other = Math.max(other, scores[lang]);
  }
  other += letters;
  if (!best) return letters > 0 ? 'other' : 'en';
  if (best !== 'en' && best !== 'es') return 'other';
  // English or Spanish unless another language has real evidence and is close behind.
  return other < 1.5 || scores[best] > other * 1.5 ? best : 'other';
}
