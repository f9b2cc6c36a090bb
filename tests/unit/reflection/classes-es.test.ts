import { describe, expect, it } from 'vitest';
import { spanishClasses } from '@/utils/reflection/classes/es';
import { CLASS_IDS, fold, type ClassId } from '@/utils/reflection/classes/types';

/** What one class finds in a draft, read as the analyzer reads it: lower case, accents folded. */
const hits = (id: ClassId, draft: string) => [...fold(draft.toLowerCase()).matchAll(spanishClasses[id])].map((match) => match[0]);

/**
 * Drafts written for these tests. `match`: each holds at least one word of the class. `miss`: near
 * misses that share letters or a word with the class and must hold none. A match is evidence, not a
 * verdict ("perdón por la demora" is an apology, and calm; the scorer weighs it).
 */
const CASES: Record<ClassId, { match: string[]; miss: string[] }> = {
  apology: {
    match: [
      'perdón por la demora, ya te lo mando',
      'Disculpa, se me pasó',
      'lo siento muchísimo',
      'perdóname porfa',
      'fue culpa mía, sorry',
      'Disculpen las molestias',
    ],
    miss: ['siento que no me escuchas', 'me siento mejor hoy', 'el perdonavidas de siempre'],
  },
  'self-blame': {
    match: [
      'soy un desastre',
      'soy una carga para todos',
      'no te merezco',
      'la cagué otra vez',
      'todo lo hago mal',
      'qué vergüenza, de verdad',
      'no sé en qué estaba pensando',
    ],
    miss: ['el desastre de la mudanza ya pasó', 'soy de Valencia', 'soy feliz con el cambio'],
  },
  'second-person': {
    match: [
      '¿tú qué opinas?',
      'vos sabés que sí',
      '¿Usted vendrá el lunes?',
      'nunca me dijiste nada',
      'contéstame',
      'os lo dije',
      'siempre llegas tarde y eres así',
    ],
    miss: ['qué triste el final', 'el chiste fue malo', 'vi el meme de ayer', 'nosotros vamos mañana'],
  },
  certainty: {
    match: ['seguro que me echan', 'estoy segura', 'lo sé, no va a venir', 'me despiden, fijo.', 'sin duda es culpa mía', 'ya lo veo venir'],
    miss: ['el seguro del coche vence en marzo', 'no lo sé', 'la tarifa es fija', 'mi seguro médico no cubre eso'],
  },
  'time-absolute': {
    match: ['siempre llegas tarde', 'nunca contestas', 'otra vez lo mismo', 'como siempre', 'el bus siempre pasa a las 8', 'ya no me hablas'],
    miss: ['a veces se me olvida', 'ya voy', 'alguna vez fuimos juntos'],
  },
  universal: {
    match: ['nadie me ayuda', 'todo el mundo lo sabe', 'no hay nada', 'ninguno vino', 'no queda ni uno'],
    miss: ['la mayoría vino', 'algunos sí'],
  },
  intensifier: {
    match: ['estoy muy cansada', 'estoy re enojada', 'gracias muchísimo', 'súper bien', 'carísimo', 'de verdad te lo digo'],
    miss: ['re: informe de marzo', 'voy al supermercado', 'el muchacho llegó'],
  },
  negation: {
    match: ['no quiero', 'ni loco', 'yo tampoco', 'nop'],
    miss: ['la nota final', 'un nido de pájaros', 'se ninguneó solo'],
  },
  'reassurance-question': {
    match: [
      '¿estás enojada conmigo?',
      '¿seguimos bien?',
      '¿me sigues queriendo?',
      '¿estamos bien?',
      '¿te molestó lo que dije?',
      'no estás molesto, ¿verdad?',
      '¿hice algo mal?',
      'vos seguís enojado?',
    ],
    miss: ['¿estás bien? te vi cansada', '¿me pasas la sal?', '¿qué tal la reunión?'],
  },
  closure: {
    match: ['se acabó', 'ya está.', 'hasta aquí llegamos', 'ya fue', 'lo hacemos así y punto.', 'ya está bien, basta'],
    miss: ['ya está listo el informe', 'el punto de encuentro es la plaza', 'ya estás en casa?'],
  },
  'leaving-threat': {
    match: ['me voy.', 'no me escribas más', 'te bloqueo', 'me salgo del grupo', 'no cuenten conmigo', 'olvídate de mí', 'no me llame más, por favor'],
    miss: ['me voy a casa a las 6', 'me voy de vacaciones en julio', 'no me escribió nadie', 'el grupo sale a las 8'],
  },
  insult: {
    match: ['eres un idiota', 'qué egoísta', 'sos un pelotudo', 'cállate ya', 'mentirosa', 'eres un desastre'],
    miss: [
      'el perro es tranquilo',
      'es un tema complejo',
      'la carga de trabajo es alta',
      'el sueldo bruto',
      'mi perra está enferma',
      'la impresora HP no imprime',
      'Saludos, Sandra Gil',
    ],
  },
  sarcasm: {
    match: [
      'qué bien, gracias por nada',
      'claro, como siempre',
      'muy amable de tu parte',
      'tan puntual como siempre',
      'ah, genial',
      'felicidades, padre del año',
      'vaya sorpresa',
    ],
    miss: [
      'gracias por todo',
      'muchas gracias por tu ayuda',
      'qué rico el pastel',
      'por casualidad, ¿tienes cargador?',
      'el maestro de música',
      'le escribo de su parte',
    ],
  },
  hedge: {
    match: ['solo quería saber', 'quizás mañana', 'no sé si puedo', 'es que estoy cansada', 'un poquito tarde'],
    miss: ['mañana voy', 'la sola idea me agota'],
  },
  'minimising-need': {
    match: ['no importa', 'olvídalo', 'da igual', 'no te preocupes por mí', 'nada, déjalo', 'no pasa nada', 'ya me las apaño sola'],
    miss: ['me importa mucho', 'esto es importante para mí'],
  },
  chasing: {
    match: ['hola??', '¿me contestas?', '¿viste mi mensaje?', 'sigo esperando', 'otra vez yo', '???', 'marce??', 'ya van 3 llamadas', 'me dejaste en visto'],
    miss: ['hola, ¿qué tal?', 'recibí tu correo, gracias', '¿a qué hora vienes?'],
  },
  catastrophe: {
    match: ['esto es el fin', 'me van a echar', 'nos quedamos en la calle', 'va a ser un desastre', 'voy a terminar sola', 'se cae todo'],
    miss: ['el fin de semana vamos a la playa', 'me echa de menos', 'vivo en la calle Mayor'],
  },
  'testing-hint': {
    match: [
      'ya veremos quién se acuerda',
      'a ver si te das cuenta',
      'tú sabrás',
      'si de verdad te importara',
      'no hace falta que vengas',
      'bueno, yo no digo nada',
    ],
    miss: ['a ver, te explico', 'cuando vengas me avisas'],
  },
  anger: {
    match: ['estoy harta', 'me tienes harto', 'qué rabia', '¿es en serio?', 'no te soporto', 'estoy enojadísima? no, estoy enojada'],
    miss: ['estoy cansada del viaje', 'hace calor'],
  },
  fear: {
    match: ['tengo miedo', 'estoy muy nerviosa', 'me da pánico', 'no puedo dormir', 'me estoy haciendo películas'],
    miss: ['no te preocupes', 'vimos una película'],
  },
  hurt: {
    match: ['me siento sola', 'me dolió lo que dijiste', 'me fallaste', 'estoy triste', 'me dejaste de lado'],
    miss: ['me siento mejor hoy', 'el solar de enfrente'],
  },
  demand: {
    match: ['contéstame ya', 'lo quiero ahora mismo', 'explícame esto', 'deja de escribirme', 'lo necesito HOY!!'],
    miss: ['cuando puedas me cuentas', 'ya llegué', 'las consecuencias económicas del cambio'],
  },
  'calm-courtesy': {
    match: ['gracias', 'sin prisa', 'cuando puedas', 'un saludo', 'porfa', 'x fa', 'ntp'],
    miss: ['qué desgracias', 'tengo prisa'],
  },
  logistics: {
    match: ['adjunto el informe', 'reunión el martes a las 10:30', 'el 15 de marzo', 'llego a las 9h', 'te paso el link'],
    miss: ['te quiero', 'qué tal'],
  },
  joy: {
    match: ['¡felicidades!', 'jajaja', 'qué alegría', 'me encanta', '🎉', 'jsjs', 'tqm'],
    miss: ['jamás', 'ojalá', 'el jefe'],
  },
};

describe('Spanish word classes', () => {
  it('has one global pattern per class, without capturing groups', () => {
    for (const id of CLASS_IDS) {
      const pattern = spanishClasses[id];
      expect(pattern, id).toBeInstanceOf(RegExp);
      expect(pattern.flags, id).toContain('g');
      expect(new RegExp(`${pattern.source}|`, 'u').exec('')!.length, `${id} has a capturing group`).toBe(1);
    }
  });

  for (const id of CLASS_IDS) {
    it(`${id}: finds its words, and not the near misses`, () => {
      for (const draft of CASES[id].match) expect(hits(id, draft), `${id} in "${draft}"`).not.toEqual([]);
      for (const draft of CASES[id].miss) expect(hits(id, draft), `${id} in "${draft}"`).toEqual([]);
    });
  }

  it('reads chat spellings and dropped accents the same as careful ones', () => {
    expect(hits('apology', 'perdon x la demora')).toEqual(['perdon']);
    expect(hits('minimising-need', 'no t preocupes, olvidalo')).toEqual(['olvidalo']);
    expect(hits('chasing', 'xq no me contestas')).not.toEqual([]);
    expect(hits('reassurance-question', 'tas enojada conmigo?')).not.toEqual([]);
    expect(hits('hedge', 'es q no se')).toEqual(['es q', 'no se']);
    expect(hits('joy', 'ajajaja tqm')).toEqual(['ajajaja', 'tqm']);
  });

  it('finds words only at word edges', () => {
    expect(hits('negation', 'nosotros notamos')).toEqual([]);
    expect(hits('universal', 'todavía')).toEqual([]);
    expect(hits('insult', 'tontería')).toEqual([]);
  });

  it('stays fast on long and repetitive drafts', () => {
    const drafts = [
      'a'.repeat(20_000),
      'jajaja'.repeat(3_000),
      '?'.repeat(20_000),
      'no '.repeat(7_000),
      `hola${'a'.repeat(5_000)}?`,
      'muchisisisisim '.repeat(1_500),
      '"a '.repeat(7_000),
    ];
    const start = performance.now();
    for (const draft of drafts) for (const id of CLASS_IDS) hits(id, draft);
    // Linear work finishes in a few milliseconds; catastrophic backtracking would take seconds.
    expect(performance.now() - start).toBeLessThan(1_500);
  });
});
