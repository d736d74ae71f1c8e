import type { PathWeekId } from '../path'

/** English: the gentle path, its screen and its eight weeks (the weeks' order and practices are in common/path.ts). */
export const enPath = {
  path: {
    heading: 'A gentle path',
    /** The way in from the start of the window and from the library, when the person is not on the path. */
    link: 'A gentle path through eight weeks',
    intro: [
      'Self-compassion grows with small, regular practice. This path offers eight weeks, each with a theme and two or three practices that suit it.',
      'You move on only when you choose, and you can stay with a week, go back, pause or leave at any time. Nothing is counted and nothing can be missed.',
      'While you are on the path, timed breaks bring the week’s practices.',
    ],
    weeksHeading: 'The eight weeks',
    start: 'Start with week 1',
    /** "Week 3 of 8: Your own phrases", on the path screen and, as a link, at the start of the window. */
    where: (week: number, total: number, title: string) => `Week ${week} of ${total}: ${title}`,
    wherePaused: (week: number, total: number, title: string) => `Week ${week} of ${total}, paused: ${title}`,
    practicesHeading: 'Practices for this week',
    noHurry: 'There is no hurry. Stay with this week for as long as it feels right.',
    choicesHeading: 'Your choices',
    next: (week: number) => `Go on to week ${week}`,
    finish: 'Finish the path',
    back: (week: number) => `Back to week ${week}`,
    pause: 'Pause the path',
    leave: 'Leave the path',
    resume: (week: number) => `Go on with week ${week}`,
    rejoin: (week: number) => `Rejoin at week ${week}`,
    startAgain: 'Start again from week 1',
    pausedNote: 'The path is paused. Until you go on, timed breaks bring what you chose in Settings.',
    leftNote: (week: number) => `You left the path at week ${week}. It is kept for you, in case you would like to come back.`,
    completedHeading: 'You have walked all eight weeks',
    completed: [
      'Thank you for the time and care you gave yourself along the way.',
      'Every practice stays in the library, for whenever you need one. You are welcome to walk the path again.',
    ],
    /** In Settings, under what a timed break opens, while the person is on the path. */
    breaksOnPath: 'While you are on the gentle path, timed breaks bring the week’s practices instead. Pausing the path brings this choice back.',
    weeks: {
      noticing: {
        title: 'Noticing, kindly',
        intro: 'This week begins with noticing the moments that are hard, and how you speak to yourself in them. When you catch one, try answering the way you would answer a friend: a pause, a warm hand, a kind word. Nothing needs to change yet; noticing is already a kindness.',
      },
      'coming-back': {
        title: 'Coming back to now',
        intro: 'Kindness needs somewhere to land, and the present moment is that place. This week, rest your attention on the breath, on your feet or on the sounds around you, and when it wanders, bring it back gently, without scolding. Wandering is what minds do; coming back is the practice.',
      },
      'own-phrases': {
        title: 'Your own phrases',
        intro: 'Kind wishes work best in words that feel true to you. This week, try a few phrases of goodwill for yourself and keep the ones that land softly. If a phrase rings false, a gentler one will do, such as “may I begin to…”.',
      },
      'kind-voice': {
        title: 'A kinder inner voice',
        intro: 'Many of us carry a voice that pushes with criticism. This week, listen for it, and then for another voice: one that wants the best for you and says so warmly. You can still aim high, encouraged rather than scolded. A letter to yourself, written as a kind friend would, is one way to let that voice speak.',
      },
      'what-matters': {
        title: 'What matters to you',
        intro: 'Beneath many hard moments lies something we care about. This week, notice what matters to you, in small choices as well as large ones, and where you already live by it. A slow walk or a kind look through the body can make room to hear it.',
      },
      'hard-feelings': {
        title: 'Meeting hard feelings',
        intro: 'Hard feelings often ease a little when we stop fighting them. This week, begin with something mildly difficult, never the hardest thing: name the feeling, find where it sits in the body, and let it be there with some warmth. If it becomes too much, feel your feet on the floor, or stop; that is kind too.',
      },
      caring: {
        title: 'Caring for others, and for you',
        intro: 'Caring for others is easier when you are included in the care. This week, breathe in kindness for yourself and breathe it out for someone else, in whatever measure you need. A phrase for anyone who looks after others: “I can care for you without controlling how things turn out.”',
      },
      savouring: {
        title: 'Savouring what is good',
        intro: 'Kindness is not only for hard moments. This week, linger a little with what is good: something you see, a moment that went well, a quality of your own that you appreciate. Letting the good in is a practice too.',
      },
    } satisfies Record<PathWeekId, { title: string; intro: string }>,
  },
}

export type PathWords = typeof enPath
