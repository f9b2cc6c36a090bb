import { describe, expect, it } from 'vitest';
import { reflect } from '@/utils/reflection';
import type { PatternId } from '@/utils/storage/schemas';

const patternsIn = (text: string) => new Set(reflect(text).findings.map((finding) => finding.pattern));

/**
 * General forms of each pattern, beyond its stock phrases: doom stated as certain, martyrdom
 * and "clearly", chasers that carry their own history, stress in capitals beside piled marks,
 * contempt without a listed insult, doors shut in new words, needs taken back. Each is paired
 * with drafts that share the words and stay calm.
 */
const NOTICED: Array<[PatternId, string]> = [
  ['catastrophizing', 'she cancelled coffee, she is definitely going to dump me'],
  ['catastrophizing', 'if the bank says no, my entire future is over'],
  ['catastrophizing', 'one bad review and I just know this is the beginning of the end for the shop'],
  ['catastrophizing', "I'm never going to find a flat I can afford again, it's only a matter of time before we're out"],
  ['catastrophizing', 'the caterer pulled out, the whole wedding is ruined. it\'s a complete disaster'],
  ['testing', 'clearly nobody cared enough to save me a seat'],
  ['testing', 'so I had to hear it from your sister. I know where I stand now'],
  ['testing', 'go, enjoy it. funny how you always find the time for them'],
  ['testing', 'no no, go to the gig, I\'m used to it'],
  ['double-texting', 'did you see my texts from this morning?'],
  ['double-texting', 'this is the fifth message I have sent about the deposit'],
  ['double-texting', "you were active an hour ago, just reply"],
  ['double-texting', 'Chasing again on the invoice below. Is anybody reading these?'],
  ['shouting', 'you sold my BIKE?!?'],
  ['shouting', 'how could you say that to her??? how???'],
  ['shouting', 'stop IGNORING me!!!'],
  ['hostility', 'what a clown. you really are a child sometimes'],
  ['hostility', 'nobody asked for your input on my parenting'],
  ['hostility', 'maybe try using your head next time'],
  ['hostility', "can't believe I trusted you with this"],
  ['withdrawal', "we're done arguing. I'm done with you"],
  ['withdrawal', 'I give up on us. goodbye'],
  ['withdrawal', "don't try to contact me, I won't be visiting again"],
  ['self-silencing', "please disregard my earlier email, it was greedy of me to ask"],
  ['self-silencing', "my feelings don't really count, I'll go along with it"],
  ['self-silencing', "don't change your plans on my account, honestly, it isn't a big deal"],
  ['reassurance-seeking', 'do you regret asking me to move in?'],
  ['reassurance-seeking', 'promise you won\'t get tired of me'],
  ['reassurance-seeking', 'r u cross w me?'],
  ['reassurance-seeking', 'was my toast at the party a bit too much?'],
  ['over-apology', "sorry for being so clingy, I'm the worst, sorry"],
  ['over-apology', "I'm sorry, I'm a useless brother, you deserve better. sorry"],
  ['hostility', 'only you could lose a parcel that was handed to you'],
  ['hostility', 'a grown woman who can\'t boil an egg. tragic.'],
  ['hostility', 'go whine to someone who cares'],
  ['hostility', "I'm not doing your pointless survey"],
  ['testing', 'I might just stop replying and see if anyone even notices'],
  ['testing', "you had time for the pub but not for me? that's fine"],
  ['testing', 'Lovely to know where I rank in this house.'],
  ['catastrophizing', "the scan got moved, something serious has happened, I know it"],
  ['catastrophizing', "I missed the deadline and I'm spiralling, this is the start of the end for my course"],
  ['withdrawal', 'not staying in this flat one more night. have a nice life'],
  ['withdrawal', "I'm hanging up, don't even try calling back"],
  ['reassurance-seeking', 'we are still best friends, right? tell me you still want to be'],
  ['reassurance-seeking', "you'd say if I was getting on your nerves?"],
  ['self-silencing', "I'm probably overreacting, pretend I didn't say anything"],
  ['self-silencing', "you don't need to hear about my week, I'll keep it to myself"],
  ['absolutes', 'no one in this house has ever once emptied the bin'],
  ['shouting', 'I said NO and I MEAN it, do NOT touch my laptop again'],
  ['double-texting', "you haven't answered my last two messages"],
  ['double-texting', 'me again. did you get what I sent about the keys?'],
  ['double-texting', 'sent you about four messages today and not even a thumbs up'],
  ['shouting', 'CALL ME BACK NOW.'],
  ['hostility', "you don't have the sense to check a bus timetable. typical of you"],
  ['hostility', 'well done making a total fool of yourself at the reunion'],
  ['hostility', 'oh sure, because you are such an expert on money'],
  ['reassurance-seeking', 'did I come across rude at dinner? your mum didn\'t like me, did she'],
  ['reassurance-seeking', 'pls dont be mad at me'],
  ['reassurance-seeking', 'just tell me we are ok. I hope you are not still cross'],
  ['catastrophizing', "they want to see me at 4, that can only mean they've found something bad"],
  ['catastrophizing', 'flunked the driving test, that\'s summer gone. might as well give up'],
  ['testing', "I'll assume you've got better things to do then"],
  ['testing', "don't worry, I've already cleaned the whole flat. as usual."],
  ['withdrawal', "don't expect a reply from me tonight or ever"],
  ['withdrawal', "let's just call the whole thing off then. I'm done."],
  ['self-silencing', "honestly I'm not worth the fuss, don't go to any trouble"],
  ['self-silencing', 'ignore what I said about Sunday, whatever you decide is fine'],
  ['catastrophizing', "the landlord will say no, we'll lose the deposit, we'll end up on someone's floor and the kids will hate the move"],
  ['catastrophizing', "he's late again, I already know how this ends"],
  ['testing', 'must be a really riveting game. I will just talk to the dog then'],
  ['testing', "something always comes up with you, doesn't it"],
  ['testing', "not like I have a job of my own or anything"],
  ['withdrawal', "I've stopped caring what you do. Don't come in."],
  ['hostility', 'you lot are so fake, smiling at me all week'],
  ['hostility', "you don't give a damn about anyone but yourself"],
  ['hostility', "your shop is a joke and your staff are useless"],
  ['reassurance-seeking', 'do you still find me attractive? you seem to be pulling away'],
  ['self-silencing', "it's my own fault for expecting help, I'll just do it myself"],
  ['shouting', 'You NEVER listen to me. NEVER.'],
];

const CALM = [
  "you'll never believe who moved in next door",
  'the sofa is falling apart, shall we get a new one?',
  'I give up on this sudoku, what goes in the corner?',
  'wear whatever you like, it is a picnic',
  'GOAL!!! did you see that??',
  'no WAY, you got the flat?? incredible!!!',
  'never mind, it turned up in my coat pocket',
  "It wasn't a huge deal, but next time could we decide together?",
  "don't text me for the next hour, I'm driving, will call you after",
  'just bumping this up your inbox in case it got buried 🙂',
  'I know it is late, are you still up for a call?',
  'what a game last night!',
  'the train is always packed at eight, I will meet you by the barriers',
  'blasting WALKING ON SUNSHINE in the kitchen all morning',
  'SUBJECT: REMINDER - STAFF MEETING MOVED\nSee you all at 3.',
  'forget I asked, Sam already sent me the file. thanks!',
  "I'm out of oat milk, can you grab some?",
  'moving desks for the 3rd time this month, send snacks',
  'everyone always says the first month is the hardest',
  'finished my last exam, I\'m out! 🎉',
  'please ignore my last email, I attached the wrong file. Correct version attached.',
  'CALL ME WHEN YOU LAND 🥰 love you',
  'Happy birthday, enjoy your day!',
  'THE PARCEL FINALLY CAME!!! best day',
  "laundry done, dishes done, I'm DONE. sofa time",
  'you are never going to believe what the dog ate',
  'Mia says she never wants to leave the beach 🏖️',
];

/**
 * The scorer decides from many signals, so single sentences are measured together rather than
 * each held to a phrase: it must pause for and name nine in ten of these charged forms, and stay
 * calm for nineteen in twenty of their calm look-alikes.
 */
describe('general forms of each pattern', () => {
  it('pauses for, and names, the charged forms', () => {
    const missed = NOTICED.filter(([pattern, text]) => !reflect(text).pause || !patternsIn(text).has(pattern));
    console.log(`general forms: ${NOTICED.length - missed.length} of ${NOTICED.length} paused and named`);
    expect(missed.length / NOTICED.length).toBeLessThanOrEqual(0.1);
  });

  it('stays calm about the calm look-alikes', () => {
    const paused = CALM.filter((text) => reflect(text).pause);
    console.log(`calm look-alikes: ${CALM.length - paused.length} of ${CALM.length} left alone`);
    expect(paused.length / CALM.length).toBeLessThanOrEqual(0.05);
  });
});
