import type { GuidedWords } from './guided-words'

/** English: the words of the guided practices of warmth and of hard moments, keyed by their steps' ids. */
export const enGuidedWarmth: Pick<GuidedWords, 'loving-kindness' | 'soften-soothe-allow' | 'compassionate-friend' | 'giving-and-receiving'> = {
  'loving-kindness': {
    intro: 'Find a comfortable, supported position. You will say a few kind wishes to yourself, silently and at your own pace: your own wishes, or some we offer.',
    closing: 'Kindness toward yourself grows with practice, a little at a time. Your wishes are here whenever you want them again.',
    steps: {
      settle: {
        title: 'Settling in',
        lines: ['Let your body settle into a position that feels supported.', 'You might close your eyes, or let your gaze rest softly somewhere low.'],
      },
      touch: {
        title: 'A kind gesture',
        lines: ['If you like, rest a hand over your heart, or anywhere that feels comforting.', 'If touch does not feel right today, leave it. Kindness can live in your attention alone.'],
      },
      breath: {
        title: 'Feeling the breath',
        lines: ['Notice your breath as it is, without changing it.', 'Feel it come in and go out, a gentle rhythm that asks nothing of you.'],
        anchored: {
          hands: ['Rest a hand on your heart, or let your hands rest together in your lap.', 'Feel their warmth and gentle weight, and let your attention stay there for a while.'],
        },
      },
      wishes: {
        title: 'Your kind wishes',
        lines: ['Now say your wishes to yourself, silently and slowly, one with each out-breath.', 'Go through them a few times, letting each one land before the next.'],
        anchored: {
          hands: ['Now say your wishes to yourself, silently and slowly, while you feel the warmth of your hands.', 'Go through them a few times, pausing in between, letting each one land before the next.'],
        },
      },
      false: {
        title: 'If the words feel false',
        lines: ['Sometimes a wish feels untrue, or too big. That happens, and it is all right.', 'You can soften it: “May I begin to…” or “May I learn to…”. A smaller wish is still a kind one.'],
      },
      wander: {
        title: 'When the mind wanders',
        lines: ['Your mind will drift off, again and again. That is part of the practice.', 'When you notice, come back gently to the breath and to the next wish.'],
        anchored: {
          hands: ['Your mind will drift off, again and again. That is part of the practice.', 'When you notice, come back gently to the warmth of your hands and to the next wish.'],
        },
      },
      'wishes-again': {
        title: 'Once more, slowly',
        lines: ['Go through your wishes again, in time with your breath, as slowly as you like.', 'The care behind them matters more than getting the words right.'],
        anchored: {
          hands: ['Go through your wishes again, resting in the warmth of your hands, as slowly as you like.', 'The care behind them matters more than getting the words right.'],
        },
      },
      rest: {
        title: 'Resting',
        lines: ['Let the words fall away for a moment.', 'Rest with whatever is here: warmth, quiet, or nothing in particular. All of it is welcome.'],
      },
      return: {
        title: 'Coming back',
        lines: ['Let your attention widen to your whole body and the room around you.', 'Open your eyes when you are ready, and take a little of this kindness with you.'],
      },
    },
  },
  'soften-soothe-allow': {
    intro: 'Sit or lie down somewhere you will not be disturbed for a few minutes. You will work with something only mildly difficult, not the hardest thing in your life.',
    closing: 'You met something hard with kindness, even if only for a moment. That is enough for today.',
    steps: {
      arrive: {
        title: 'Arriving',
        lines: ['Let your body settle. Close your eyes if you like, or lower your gaze.', 'Take a moment to feel that you are here.'],
      },
      'way-out': {
        title: 'You can always stop',
        lines: ['If at any point this feels like too much, feel your feet on the floor, or open your eyes and look around.', 'You can also simply stop. Looking after yourself is part of the practice.'],
      },
      difficulty: {
        title: 'Something small',
        lines: ['Bring to mind something that troubles you a little: a small worry, a minor friction, a bit of stress.', 'Choose something mild, not the hardest thing. Let it come alive just enough to feel it.'],
      },
      name: {
        title: 'Naming the feeling',
        lines: ['See if there is a word for what you feel: worry, sadness, irritation, loneliness, disappointment… or something else.', 'Say it to yourself in a gentle, understanding voice, the way you would name a friend’s feeling.'],
        answerLabel: 'A word for the feeling (optional)',
      },
      body: {
        title: 'Where it sits',
        lines: ['Now let your attention move through your body. Where do you notice this feeling most?', 'Perhaps a tightness, a heaviness or an ache. If nothing stands out, that is fine: rest your attention on your chest or belly.'],
      },
      soften: {
        title: 'Softening',
        lines: ['Let the muscles around that place soften a little, as if warmth were reaching them.', 'You are not trying to make the feeling go away, only to hold it a bit more gently.'],
      },
      soothe: {
        title: 'Soothing',
        lines: ['If you like, rest a hand over your heart or over that place, and feel its warmth.', 'Offer yourself a few kind words, as you would to someone you care about: “This is hard. It makes sense that it hurts.”'],
      },
      allow: {
        title: 'Allowing',
        lines: ['Let the feeling be here, just as it is, without pushing it away or holding on to it.', 'It may grow, shrink or change. Let it come and go, like weather passing through.'],
      },
      together: {
        title: 'Soften, soothe, allow',
        lines: ['Go back over the three, in whatever order helps: soften, soothe, allow.', 'Slowly, and only as much as feels right.'],
      },
      'let-go': {
        title: 'Letting it go',
        lines: ['Let go of the situation for now, and feel your whole body, just as it is.', 'Notice your feet on the floor and the sounds around you. Open your eyes when you are ready.'],
      },
    },
  },
  'compassionate-friend': {
    intro: 'Sit or lie down comfortably, somewhere you can rest for a few minutes. This is a practice of imagination: whatever comes is fine, and so is whatever does not.',
    closing: 'The kindness you felt came from you. You can return to that place, and that friend, whenever you like.',
    steps: {
      settle: {
        title: 'Settling in',
        lines: ['Find a comfortable position and let the chair or the floor hold you.', 'Close your eyes if that feels right, or let your gaze rest softly.'],
      },
      permission: {
        title: 'Whatever comes',
        lines: ['Pictures may come clearly, faintly, or not at all. A feeling or a sense of things is plenty.', 'If nothing appears, that is fine. You can simply rest here and listen to the words.'],
      },
      place: {
        title: 'A safe place',
        lines: ['Imagine a place where you feel safe and at ease. It can be somewhere you know, or somewhere entirely made up.', 'Notice what is around you there: the light, the sounds, the air on your skin.'],
      },
      there: {
        title: 'Being there',
        lines: ['Let yourself settle into this place. There is nothing you need to do here.', 'Notice how your body feels when it is safe and at home.'],
      },
      arrival: {
        title: 'Someone arrives',
        lines: ['Soon a visitor arrives: a presence that is warm, wise, and entirely on your side.', 'It might be someone you know, a figure from a story, an animal, or simply a light. Let it be whatever comes.'],
      },
      greeting: {
        title: 'Meeting them',
        lines: ['Choose how you meet: you might go toward them, or let them come to you.', 'Find the closeness that feels right, side by side or a little apart.'],
      },
      with: {
        title: 'Being with them',
        lines: ['Take in what it is like to be with someone who accepts you completely.', 'They know what you are carrying, and they are glad to be with you, just as you are.'],
      },
      words: {
        title: 'What you need to hear',
        lines: ['They have something to say to you: the words you most need right now.', 'Listen for them, with no hurry. If no words come, their company is enough.'],
        answerLabel: 'What did they say? (optional)',
      },
      reply: {
        title: 'Answering, if you like',
        lines: ['You might want to say something back to them, or ask them something.', 'Or you might simply stay together in silence. Either is fine.'],
      },
      goodbye: {
        title: 'Saying goodbye',
        lines: ['When it is time, your visitor leaves, knowing you can meet again whenever you wish.', 'Let them go in whatever way feels right.'],
      },
      warmth: {
        title: 'The warmth stays',
        lines: ['Notice that the warmth you felt is still here.', 'That kindness came from within you. It was yours all along, and it stays with you.'],
      },
      return: {
        title: 'Back to the room',
        lines: ['Let the place fade gently. Feel the chair or the floor beneath you again, and the sounds of the room.', 'Open your eyes when you are ready, and take a moment before moving on.'],
      },
    },
  },
  'giving-and-receiving': {
    intro: 'Sit in a way that lets you feel supported. You will share care between yourself and someone else, in whatever balance feels right today.',
    closing: 'Care can flow both ways, to you and from you. You do not have to choose between them.',
    steps: {
      settle: {
        title: 'Settling in',
        lines: ['Let your body settle, and let your shoulders drop a little if they want to.', 'Close your eyes if you like, or let your gaze rest softly.'],
      },
      breath: {
        title: 'Finding a rhythm',
        lines: ['Notice your breath, coming and going on its own.', 'If the shape on the screen helps, breathe along with it. If not, let your breath be as it is.'],
        anchored: {
          hands: ['Rest your hands in your lap or on your knees.', 'Let one be the hand that receives, for you, and the other the hand that gives, for someone else.'],
        },
      },
      'in-for-you': {
        title: 'Breathing in for you',
        lines: ['With each in-breath, take in some care for yourself: warmth, ease, whatever you need.', 'Let it fill you, gently, breath by breath.'],
        anchored: {
          hands: ['Press the receiving hand softly against your leg or your chest, as if taking in care for yourself.', 'Let it ease, then press again, at your own slow pace.'],
        },
      },
      someone: {
        title: 'Someone easy to care for',
        lines: ['Now bring to mind someone it is easy to care about: a friend, someone in your family, a pet.', 'Perhaps someone who could use a little kindness right now. Let them be near, in your mind.'],
      },
      'out-for-them': {
        title: 'Breathing out for them',
        lines: ['With each out-breath, send some of that care toward them.', 'No effort is needed. Let it flow out as easily as the breath leaves you.'],
        anchored: {
          hands: ['Let the giving hand open slowly, palm up, as if offering them warmth.', 'Close it softly and open it again, as slowly as you like.'],
        },
      },
      both: {
        title: 'For you and for them',
        lines: ['Now let the breath carry both: breathing in for yourself, breathing out for them.', 'A gentle coming and going of care, with nothing to force.'],
        anchored: {
          hands: ['Now let your hands take turns: a gentle press for you, a soft opening for them.', 'A gentle coming and going of care, with nothing to force.'],
        },
      },
      ratio: {
        title: 'What is needed',
        lines: ['If you need more care right now, let more of your breaths be for you. If they need more, send more their way.', 'Or keep it even. You can change the balance at any moment.'],
        anchored: {
          hands: ['If you need more care right now, let the receiving hand take more turns. If they need more, let the giving hand open more often.', 'Or keep it even. You can change the balance at any moment.'],
        },
      },
      others: {
        title: 'Widening, if you like',
        lines: ['If other people come to mind, you can let the care reach them too.', 'Or stay with the one person. There is enough for everyone, you included.'],
      },
      rest: {
        title: 'Resting',
        lines: ['Let the practice go and rest for a moment, just as you are.', 'When you are ready, open your eyes and come back to the room.'],
      },
    },
  },
}
