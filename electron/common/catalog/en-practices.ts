import { countIn } from './count-words'
import { enWishGrammar } from './en-wishes'

/**
 * English: the practices' own words, keyed by the ids of their content (renderer/src/content/), which holds
 * only the structure: order, seconds, phases, flags. Window only: main never shows these.
 */
export const enPractices = {
  touch: {
    cues: {
      'hand-on-heart': {
        label: 'Hand on heart',
        instruction: 'Rest one hand over your heart and feel its warmth and gentle weight.',
        /** Describes the illustration for people who cannot see it. */
        alt: 'Outline of a person with one hand resting on the centre of the chest.',
      },
      'both-hands-on-heart': {
        label: 'Both hands on heart',
        instruction: 'Place both hands over your heart, one resting on the other, and breathe as you are.',
        alt: 'Outline of a person with both hands, one over the other, on the chest.',
      },
      'fist-over-heart': {
        label: 'Covered fist',
        instruction: 'Make a soft fist over your heart and let your other hand cover it, like holding something dear.',
        alt: 'Outline of a person holding a loose fist on the chest, covered by the other hand.',
      },
      'hand-on-cheek': {
        label: 'Hand on cheek',
        instruction: 'Let one hand rest against your cheek, or cradle your face in both hands, as tenderly as you can.',
        alt: 'Outline of a person with a hand resting softly against one cheek.',
      },
      'hands-on-belly': {
        label: 'Hands on belly',
        instruction: 'Rest your hands on your belly, or just below your ribs, and feel it rise and fall.',
        alt: 'Outline of a person with both hands resting on the belly.',
      },
      'heart-and-belly': {
        label: 'Heart and belly',
        instruction: 'Place one hand on your heart and the other on your belly, and let both simply rest there.',
        alt: 'Outline of a person with one hand on the chest and the other on the belly.',
      },
      'stroking-arms': {
        label: 'Stroking your arms',
        instruction: 'Cross your arms and slowly stroke from shoulder to elbow, as if soothing someone you care for.',
        alt: 'Outline of a person with arms crossed, each hand on the opposite upper arm.',
      },
      'self-hug': {
        label: 'A self-hug',
        instruction: 'Wrap your arms around yourself and give a gentle squeeze, only as firm as feels good.',
        alt: 'Outline of a person hugging themself, arms wrapped around the body.',
      },
      'hand-in-hand': {
        label: 'Hand in hand',
        instruction: 'Hold one hand in the other on your lap and notice the warmth where they meet.',
        alt: 'Outline of a person holding one hand gently in the other in front of the body.',
      },
    },
    /** Shown on every touch card: the practice works just as well without any touch. */
    optional: 'Touch is always optional. If it does not feel right, simply picture it, or just rest your hands.',
  },
  /** Claims stay modest: slow breathing helps many people feel a little calmer, and that is all we say. */
  breathe: {
    /** Each pattern's name, and one line under it in the picker. */
    patterns: {
      natural: { name: 'Natural rhythm', description: 'No counting. Let your body breathe at its own pace.' },
      box: { name: 'Box 4-4-4-4', description: 'Four even sides: in, hold, out, hold, four seconds each.' },
      '478': { name: '4-7-8', description: 'In for 4, hold for 7, then a slow breath out for 8.' },
      coherent: { name: 'Coherent 5.5', description: 'Slow, even breaths, about five and a half a minute.' },
      'extended-exhale': { name: 'Extended exhale 4-6', description: 'A breath out a little longer than the breath in.' },
      sigh: {
        name: 'Physiological sigh',
        description: 'Two breaths in, a full one and then a little more, and one long, easy breath out.',
      },
      custom: { name: 'Custom', description: 'Set your own length for each part of the breath.' },
    },
    /** What the live region announces as each phase begins. */
    phaseLabels: { in: 'Breathe in', 'top-up': 'A little more in', 'hold-in': 'Hold', out: 'Breathe out', 'hold-out': 'Hold' },
    /** Giving and receiving, in the person's own first-person words; holds keep their plain label. */
    givingAndReceivingLabels: { in: 'Breathing in for me', 'top-up': 'A little more, for me', out: 'Breathing out for others' },
    givingAndReceivingOption: 'Giving and receiving: breathe in for yourself, breathe out for others',
    /** Shown once beside patterns that have holds. */
    optionalHolds: 'Holds are optional. If holding feels uncomfortable, just keep breathing gently.',
    /** Said once, plainly, before a paced session. */
    dizziness: 'If you feel dizzy or light-headed, stop and breathe normally.',
    /** Natural rhythm: a few calm lines shown one at a time, inviting the body to breathe itself. */
    naturalRhythmLines: [
      'There is nothing to get right here. Your body already knows how to breathe.',
      'Let each breath come and go at its own pace, without changing it.',
      'Notice where you feel the breath most easily, and rest your attention there.',
      'If your mind wanders, that is fine. Come back kindly to the next breath.',
    ],
    handOnHeart: 'If you like, rest a hand on your chest, or anywhere that feels comforting, and notice its warmth.',
    /** The end screen: one of these lines, then the breath count (paced patterns only). */
    closingLines: [
      'Thank you for taking this time for yourself.',
      'However it went, it was enough.',
      'You can come back to your breath whenever you need to.',
    ],
    breathCount: (breaths: number) => countIn('en', breaths, { one: '# breath', other: '# breaths' }),
    /** The session lengths offered. */
    lengths: {
      minutes: (minutes: number) => countIn('en', minutes, { one: '# minute', other: '# minutes' }),
      untilStopped: 'Until I stop',
    },
  },
  compassionBreak: {
    /**
     * Each card: its title, one to three lines of guidance, and a line that carries the person's word for
     * what is hard (`template`, which puts it in exactly once) or reads just as well without it (`fallback`).
     */
    steps: {
      mindfulness: {
        title: 'Notice what is here',
        guidance: [
          'Bring to mind something a little difficult, not the hardest thing in your life.',
          'Where do you feel it in your body? Let it be there for a moment.',
          'Name it simply, the way you might say it to yourself.',
        ],
        difficultyLine: {
          template: (difficulty: string) => `You named it: “${difficulty}”. Notice where it sits in your body.`,
          fallback: 'Notice where this difficulty sits in your body.',
        },
      },
      humanity: {
        title: 'You are not alone in this',
        guidance: [
          'Right now, many people feel something like this too.',
          'Struggling does not mean something is wrong with you: it is part of being human.',
        ],
        difficultyLine: {
          template: (difficulty: string) => `Somewhere, others are carrying their own “${difficulty}” today.`,
          fallback: 'Somewhere, others are carrying something like this today.',
        },
      },
      kindness: {
        title: 'Offer yourself kindness',
        guidance: [
          'If you like, rest a hand somewhere soothing, or simply imagine it.',
          'What would you say to a good friend who felt this way? Try saying it to yourself.',
        ],
        difficultyLine: {
          template: (difficulty: string) => `With “${difficulty}” here, what kind words would help?`,
          fallback: 'With this here, what kind words would help?',
        },
      },
    },
    /** On the kindness card, for when no words come. */
    needPrompt: 'Stuck for words? Ask yourself: what do I need to hear right now?',
    /** The optional one-line start: a word for what is hard, carried through the cards. */
    difficultyQuestion: {
      prompt: 'What is hard right now?',
      placeholder: 'A word or a few, e.g. “the deadline” (optional)',
    },
  },
  findPhrases: {
    /** Two questions, then the answers become a few wishes. */
    steps: {
      need: {
        title: 'What do I need?',
        prompt: 'What do you need, right now or on most days? A word or two is plenty.',
        examples: ['safe', 'rest', 'peace', 'courage', 'to accept myself'],
      },
      hear: {
        title: 'What do I need to hear?',
        prompt: 'If a good friend could tell you one thing right now, what would you want it to be?',
        examples: ["You're doing enough.", "I'm here with you.", "It's okay to rest.", "You're trying, and that counts."],
      },
      wishes: {
        title: 'A few simple wishes',
        prompt: 'Here are your answers as two to four short wishes. Keep what feels true and change any word.',
        examples: ['May I feel safe.', 'May I find rest.'],
      },
    },
    grammar: enWishGrammar,
  },
  reframe: {
    /**
     * The entry's prompts, by field. They follow the three parts of self-compassion: notice and name what is
     * here, remember others feel it too, answer as a good friend would. Thinking traps are an optional lens,
     * never a verdict on the thought.
     */
    prompts: {
      harshVoice: {
        label: 'What is the critical voice saying?',
        hint: 'Write it the way you hear it. It will stay in view while you answer.',
      },
      situation: { label: 'What happened?', hint: 'A few words are plenty.' },
      feelings: { label: 'What are you feeling?', hint: 'Pick any that fit, or none.' },
      intensityBefore: { label: 'How strong is the feeling right now?', hint: '0 is barely there, 10 is as strong as it gets.' },
      mindfulNaming: { label: 'Name the moment', hint: 'Plainly, without judging it.', placeholder: 'This is a moment of…' },
      commonHumanity: {
        label: 'You are not the only one',
        hint: 'Who else might feel this way?',
        placeholder: 'Other people feel this when…',
      },
      kindReply: {
        label: 'What would a good friend say to you?',
        hint: 'If the words do not come, ask yourself: what do I need to hear right now?',
      },
      intensityAfter: { label: 'And how strong is the feeling now?', hint: 'Any change is fine, and so is none.' },
      thinkingTraps: { label: 'Any thinking traps?', hint: 'Only if this way of looking helps you. It is fine to leave it.' },
    },
  },
  /**
   * Words that keep the practices safe. Nothing here assesses anyone; it only offers ways out and ways to
   * reach people.
   */
  safety: {
    /** Shown once, before the first practice: kindness can stir up old pain, and stopping is always allowed. */
    backdraft: {
      title: 'Before you begin',
      paragraphs: [
        'Being kind to yourself can sometimes stir up old hurts, the way warmth can make cold hands ache.',
        'If that happens, it is understandable, and it does not mean you are doing anything wrong.',
        'You can slow down, switch to something simpler, or stop at any moment.',
      ],
      acknowledge: 'Understood',
    },
    /** Always reachable during a practice: a simple way back to the here and now, and a way out. */
    overwhelmed: {
      link: 'Feeling overwhelmed?',
      intro: 'Let the practice go for now. Try one of these, at your own pace:',
      steps: {
        feet: 'Feel your feet on the floor, and the chair holding you up.',
        sounds: 'Listen to the sounds around you, near and far.',
        look: 'Look around and name a few things you can see.',
      },
      stop: 'Stop the practice',
      reassurance: 'Stopping is always fine. You can come back another time, or not at all.',
    },
    /** The plain statement of what the app is not, under the crisis lines. */
    wellnessDisclaimer:
      'Kindbreak is a wellness tool. It is not a medical device, and it is not therapy or a substitute for it.',
    crisisLinesIntro: {
      title: 'Need support now?',
      body: 'If you are in danger or thinking about ending your life, please contact your local emergency number or one of these services.',
    },
  },
  /** The optional check-in before and after a practice: the person's own measure, never a score to beat. */
  checkIn: {
    question: 'Right now, how are you treating yourself, from harsh to kind?',
    lead: { before: 'Before you start', after: 'And now?' },
    minLabel: 'Very harshly',
    maxLabel: 'Very kindly',
    skip: 'Skip',
    note: 'Optional, and only for you. There is no right answer.',
  },
}

/** The shape every language's practice words have (a missing or extra key is a compile error). */
export type PracticeWords = typeof enPractices
