import { describe, expect, it } from 'vitest';
import { reflect } from '@/utils/reflection';
import type { PatternId } from '@/utils/storage/schemas';

const patternsIn = (text: string, recentSendsInThread = 0) => new Set(reflect(text, { recentSendsInThread }).findings.map((finding) => finding.pattern));

/** Drafts written for these tests: each pattern's positives, and near misses that must stay calm. */
const CASES: Record<PatternId, { noticed: string[]; calm: string[] }> = {
  'over-apology': {
    noticed: [
      "I'm so, so sorry. I'm an idiot. Please forgive me, I feel awful.",
      'sry sry sry i messed up again im the worst',
      'apologies for the delay, and sorry again for the confusion, and sorry for bothering you on a weekend',
      'im sorry im sorry im sorry pls dont be mad',
      "i'm so sorry i keep messing everything up",
    ],
    calm: [
      "sorry I'm late, traffic",
      'Sorry!! running 5 min behind, the bus broke down',
      'so sorry for your loss',
      "I'm so sorry to hear about your grandad. Thinking of you.",
      "I'm sorry to say the venue has cancelled, we'll find another",
      'no need to apologise, honestly',
      "I'm hopeless with maps, can you send a pin?",
    ],
  },
  'reassurance-seeking': {
    noticed: [
      'r u mad at me?',
      'are we ok? you went quiet after lunch',
      'did i do something wrong?? u seem off',
      'tell me honestly, am I too much for you?',
      "pls tell me we're ok",
      'do u still love me',
      'you must hate me now',
    ],
    calm: [
      "I'm not upset, honestly, it was a fun night",
      'Are you mad at the weather too',
      'Did I leave my scarf at yours?',
      'Is everything set for Saturday?',
      "Of course you didn't annoy me, I was just tired",
    ],
  },
  testing: {
    noticed: [
      'fine. have fun without me then.',
      'cool. cool cool. enjoy your night I guess.',
      "don't worry about me, I'm used to being last on the list",
      'sure. whatever you want.',
      "nah it's fine. I'll just sit at home like always",
      'k. noted.',
    ],
    calm: [
      'Fine by me!',
      'Sure, works for me.',
      'Whatever you think is best for the kitchen colour',
      "Honestly I'm fine with whatever, you pick the restaurant",
      'ok see you at 7',
      'I guess we could try the new place?',
    ],
  },
  'self-silencing': {
    noticed: [
      "it's fine, forget I asked. it was a stupid idea anyway",
      "never mind, it's not important, you're busy",
      "I'm fine, honestly, don't worry about it, you've got enough on",
      "It doesn't matter what I want anyway",
      "ignore me, I'm being silly, it really doesn't matter",
    ],
    calm: [
      'no worries, take your time',
      'Happy to help anytime, really',
      "It's nothing serious, just a cold. Back tomorrow.",
      'I can do it myself, no stress, just need the ladder',
      'Only if you have time, could you check my CV?',
    ],
  },
  withdrawal: {
    noticed: [
      "we're done. don't text me again.",
      'leave me alone.',
      "I'm blocking you. Don't contact me.",
      "I'm out. Don't bother replying.",
      "that's it, I'm done with this group",
    ],
    calm: [
      "I need some space tonight, let's talk tomorrow",
      "I'm done! Shed painted, beers in the fridge",
      "Stop! You'll make me cry, that's so sweet",
      "Don't call me before 9, I'm on nights",
      'Goodnight! Going to bed, early start',
      "I'm taking a break from the group chat for a bit, nothing personal. Love you all.",
    ],
  },
  absolutes: {
    noticed: [
      'You NEVER help with anything around here',
      'you always have to make everything about you',
      'Every single time I ask for help you disappear.',
      'nobody in this family ever helps me',
      'Typical. You always find an excuse.',
    ],
    calm: [
      'you never disappoint',
      'You always make my day better',
      'I always forget my umbrella',
      'Nobody ever told me about the meeting, can you forward the invite?',
      "You never need to ask, you're welcome any time",
      'not every time, but often enough to plan for it',
    ],
  },
  catastrophizing: {
    noticed: [
      "I failed the quiz. I'm going to fail the whole course and my parents will disown me, my life is over.",
      "my boss wants a word tomorrow. I'm definitely getting fired. I'll never find another job.",
      "I missed the train, they'll fire me, I'll lose the flat",
    ],
    calm: [
      "It's going to rain all week apparently, bring a coat",
      "They're going to close the road on Sunday for the marathon",
      "I'm not going to lose sleep over it, it's one review",
      'We lost 3-1 but the team played well',
      "I'll lose my mind if this printer jams once more lol",
    ],
  },
  hostility: {
    noticed: [
      'Thanks a lot for ruining my evening. Great job.',
      'Are you stupid or just lazy?',
      'Great work breaking the build again, genius.',
      'Are you actually this dense or is it an act?',
      "What part of no don't you understand?",
    ],
    calm: [
      'What part of town are you in?',
      "You're impossible to buy presents for 😂",
      'Great, thanks!',
      'Honestly, that was the best gig I have been to',
      "You're not useless at this, you're learning",
    ],
  },
  shouting: {
    noticed: ['WHY WOULD YOU TELL HER THAT???', 'STOP SENDING ME THESE EMAILS', 'I TOLD YOU A HUNDRED TIMES. NO.', 'WHERE ARE MY KEYS?! WHO TOOK THEM'],
    calm: [
      'CONGRATS!!!',
      'OMG YES',
      'HAPPY BIRTHDAY TO MY FAVOURITE HUMAN 🎉🎉',
      'WE WON THE LEAGUE!!!',
      'FYI the VPN is down, ASAP fix coming',
      "Can't wait!!! SEE YOU SOON",
    ],
  },
  'double-texting': {
    noticed: ['???', "hello?? why aren't you answering", 'why r u ignoring me', '3 missed calls, pick up!!', 'you read it 2 hours ago and nothing'],
    calm: [
      'Where are you parked? I am at the main entrance',
      'Any update on the invoice?',
      "I've got 200 emails to get through today",
      'hello? can you hear me? the mic is off I think',
      'Hello?',
    ],
  },
};

describe('each pattern', () => {
  for (const [pattern, { noticed, calm }] of Object.entries(CASES) as Array<[PatternId, (typeof CASES)[PatternId]]>) {
    describe(pattern, () => {
      it.each(noticed)('notices it in %j', (text) => expect(patternsIn(text)).toContain(pattern));
      it.each(calm)('stays calm about %j', (text) => {
        expect(patternsIn(text)).not.toContain(pattern);
        expect(reflect(text).pause).toBe(false);
      });
    });
  }
});

describe('double-texting and the thread', () => {
  it('reads a plain nudge as chasing only after unanswered sends', () => {
    expect(patternsIn('Hello?', 0)).not.toContain('double-texting');
    expect(patternsIn('Hello?', 3)).toContain('double-texting');
    expect(reflect('did you see my message', { recentSendsInThread: 3 }).pause).toBe(true);
  });

  it('says how many sends are waiting', () => {
    const [finding] = reflect('hey?', { recentSendsInThread: 4 }).findings;
    expect(finding.note).toBe("You've sent 4 messages here in the last 15 minutes.");
  });

  it('leaves a calm message alone even after several sends', () => {
    expect(reflect('Running late, be there at 8', { recentSendsInThread: 5 }).pause).toBe(false);
  });
});
