import type { GuidedWords } from './guided-words'

/** English: the words of the guided practices that settle and steady attention, keyed by their steps' ids. */
export const enGuidedSettle: Pick<GuidedWords, 'affectionate-breathing' | 'soles-of-the-feet' | 'body-scan' | 'mindful-listening' | 'mindful-seeing' | 'mindful-walk'> = {
  'affectionate-breathing': {
    intro: 'Sit in a way that feels comfortable and supported, your back upright but not stiff. Close your eyes if you like, or let your gaze rest low.',
    closing: 'Whatever you rested on today is always within reach. You can come back to it, kindly, at any moment of your day.',
    steps: {
      arrive: {
        title: 'Settling in',
        lines: ['Let your body find its place in the chair, heavy and at ease.', 'For these few minutes, there is nothing to get right.'],
      },
      hand: {
        title: 'A kind hand',
        lines: ['If you like, rest a hand over your heart, or anywhere that feels soothing.', 'A small sign that you are here with kindness, not only attention. Keep it there or let it go, as you prefer.'],
      },
      find: {
        title: 'Finding the breath',
        lines: ['Notice your breathing wherever it is easiest to feel: the belly, the chest, the nose.', 'There is no need to change it. Let it be just as it is.'],
        anchored: {
          feet: ['Bring your attention to the soles of your feet, where they meet the floor.', 'Notice pressure, warmth or coolness, just as they are.'],
          sounds: ['Let your attention open to the sounds around you, near and far.', 'There is no need to name them. Let them arrive.'],
        },
      },
      rocking: {
        title: 'Gently rocked',
        lines: ['Feel how your body moves a little with each breath, rising and settling.', 'Let yourself be rocked by it, like a small boat on a calm sea.', 'If the shape on the screen helps, let it keep you company. Your own rhythm is always fine.'],
        anchored: {
          feet: ['Notice the small shifts in your feet as your body settles, a sway you can barely feel.', 'Let yourself be held by the floor, steady and patient.'],
          sounds: ['Let the sounds come and go like small waves, rising and fading.', 'There is nothing to do with them. Let them rock you gently.'],
        },
      },
      wander: {
        title: 'When attention drifts',
        lines: ['Your mind will wander off. That is simply what minds do.', 'When you notice, welcome yourself back to the breath, the way you would greet a friend coming home.'],
        anchored: {
          feet: ['Your mind will wander off. That is simply what minds do.', 'When you notice, welcome yourself back to your feet, the way you would greet a friend coming home.'],
          sounds: ['Your mind will wander off. That is simply what minds do.', 'When you notice, welcome yourself back to the sounds, the way you would greet a friend coming home.'],
        },
      },
      caress: {
        title: 'A soft caress',
        lines: ['Notice how the breath looks after you without being asked, moment after moment.', 'If you like, let it feel like a gentle caress, soothing you from the inside.'],
        anchored: {
          feet: ['Notice how the floor holds you up without being asked, moment after moment.', 'If you like, let that steady support feel like a kindness.'],
          sounds: ['Notice how the sounds reach you on their own, with no effort from you.', 'If you like, let yourself simply receive them, the way you might receive a kind word.'],
        },
      },
      whole: {
        title: 'The whole body',
        lines: ['Let your attention widen until you feel the whole body breathing, not just one place.', 'Shoulders, back and belly, all moving softly together.'],
        anchored: {
          feet: ['Let your attention widen from your feet to your legs, then to your whole body.', 'Feel all of you resting here, steady and supported.'],
          sounds: ['Let your attention widen to hold all the sounds at once.', 'And you in the middle of them, listening with your whole body.'],
        },
      },
      letgo: {
        title: 'Being breathed',
        lines: ['Now let go of watching so closely.', 'Let the breath breathe itself, and rest in its rhythm, gently rocked.'],
        anchored: {
          feet: ['Now let go of attending so closely.', 'Simply rest, feeling the ground beneath you.'],
          sounds: ['Now let go of listening so closely.', 'Simply rest, with the sounds moving around you.'],
        },
      },
      widen: {
        title: 'Coming back',
        lines: ['Let go of any focus and notice how you feel right now.', 'When you are ready, open your eyes and let the room come back.'],
      },
    },
  },
  'soles-of-the-feet': {
    intro: 'Stand up if you can, with your feet about hip-width apart. Sitting with both feet on the floor works just as well.',
    closing: 'Your feet are always with you. Whenever things feel like too much, you can come back to them.',
    steps: {
      arrive: {
        title: 'Arriving',
        lines: ['Let your arms hang loose, or rest your hands in your lap.', 'There is nowhere else to be for these few minutes.'],
      },
      soles: {
        title: 'The soles of your feet',
        lines: ['Bring your attention down to the soles of your feet.', 'Notice the pressure where they meet the floor, and whatever else is there: warmth, coolness, the feel of your socks.'],
      },
      rock: {
        title: 'Rocking gently',
        lines: ['Let your weight move slowly forward onto your toes, then back onto your heels.', 'Then from side to side, as slowly as you like, feeling how the pressure moves.'],
      },
      toes: {
        title: 'Small movements',
        lines: ['Lift your toes a little and let them down again.', 'Notice how much work your feet do, quietly, all day long.'],
      },
      wander: {
        title: 'When the mind wanders',
        lines: ['Thoughts will come. That is what minds do.', 'Each time you notice you have drifted, come back to your feet, without scolding yourself.'],
      },
      thanks: {
        title: 'A little thanks',
        lines: ['These small surfaces carry the whole of you, step after step.', 'If it feels right, offer them a moment of appreciation.'],
      },
      widen: {
        title: 'Widening out',
        lines: ['Let your attention widen to your whole body, standing or sitting here.', 'Then to the room around you, when you are ready.'],
      },
    },
  },
  'body-scan': {
    intro: 'Sit in a way that feels supported, or lie down if you have the space. Your eyes can be open or closed, whichever is more comfortable.',
    closing: 'Thank you for spending this time with your body. It has been with you all along, and it can carry a little of this kindness into your day.',
    steps: {
      arrive: {
        title: 'Arriving',
        lines: ['Let your body settle, and let your eyes close or rest softly downward.', 'You are going to visit the body slowly, one part at a time, with kindness.', 'If anything feels like too much, come back to your feet or the sounds around you, or stop. Either is fine.'],
      },
      meet: {
        title: 'Whatever you find',
        lines: ['Where something works well, you might let yourself appreciate it.', 'Where something is tight, you might let it soften a little. Where something hurts, you might meet it as you would a friend in pain.'],
      },
      feet: {
        title: 'The feet',
        lines: ['Bring your attention to your feet: the soles, the heels, the toes.', 'Notice whatever is there, pressure, warmth, tingling, or not much at all.', 'They have carried you a long way. If you like, give them a moment of thanks.'],
      },
      legs: {
        title: 'The legs',
        lines: ['Move slowly up through the ankles, the calves and shins, the knees, the thighs.', 'Where there is tightness, let it soften a little, if it will. If it will not, that is fine too.'],
      },
      hips: {
        title: 'The hips',
        lines: ['Let your attention rest on your hips and the weight of you on the seat.', 'Notice how you are held. For now, you do not have to hold yourself up alone.'],
      },
      belly: {
        title: 'The belly',
        lines: ['Bring your attention to your belly.', 'It often holds worry. If it is tight, see whether it can loosen a little, with no need to force anything.'],
      },
      back: {
        title: 'The back',
        lines: ['Move to your back, from the lower back up to between the shoulder blades.', 'It keeps you upright all day. If there is an ache there, offer it some warmth, as you would to someone you care about.'],
      },
      chest: {
        title: 'The chest',
        lines: ['Rest your attention on your chest.', 'Feelings often show up here. Whatever you notice, let it be, met with a little kindness.', 'If you like, rest a hand here for a while.'],
      },
      arms: {
        title: 'Arms and hands',
        lines: ['Move down through your arms to your hands: the palms, the fingers, the fingertips.', 'Think of all they do for you, holding, typing, reaching. If it feels right, let them rest and be thanked.'],
      },
      shoulders: {
        title: 'Shoulders and neck',
        lines: ['Now the shoulders and the neck, where effort tends to gather.', 'See whether they can drop a little, even slightly. Whatever they do is fine.'],
      },
      face: {
        title: 'The face',
        lines: ['Notice your jaw, your mouth, the small muscles around your eyes.', 'Let the jaw loosen and the forehead smooth out, as much as feels right.'],
      },
      head: {
        title: 'The top of the head',
        lines: ['Let your attention rest on the back and the top of your head.', 'Notice any sensation there, or simply the open space above you.'],
      },
      whole: {
        title: 'The whole body',
        lines: ['Now feel your whole body at once, from the feet to the top of the head.', 'If you like, offer it some kindness just as it is today, with what works and what hurts.'],
      },
    },
  },
  'mindful-listening': {
    intro: 'Sit or stand in whatever way is comfortable. A noisy place is fine: it simply gives you more to listen to.',
    closing: 'Sounds are around you all day. Any one of them can be a small invitation to come back to this moment.',
    steps: {
      settle: {
        title: 'Settling',
        lines: ['Let your eyes close, or rest them on one spot.', 'Let your hands be still, and let your ears do the work.'],
      },
      arriving: {
        title: 'Sounds arriving',
        lines: ['Let the sounds come to you. There is no need to go looking for them.', 'Notice each one as it arrives, and as it fades away.'],
      },
      near: {
        title: 'Near sounds',
        lines: ['Notice the sounds closest to you: the room, your chair, perhaps your own body.', 'Small hums, rustles and clicks you usually pass over.'],
      },
      far: {
        title: 'Far sounds',
        lines: ['Now let your listening reach further, beyond the walls and the window.', 'Traffic, voices, wind, birds: whatever is there today.'],
      },
      plain: {
        title: 'Just sound',
        lines: ['Your mind may name a sound or start a story about it. That is natural.', 'When you notice, let the story go and return to the sound itself: how high or low, loud or soft, how it rises and falls.'],
      },
      silence: {
        title: 'The quiet between',
        lines: ['Notice the quiet in between the sounds, and beneath them.', 'Each sound comes out of it, and goes back into it.'],
      },
      widen: {
        title: 'Opening up',
        lines: ['Let all the sounds be there together, near and far, without picking any out.', 'When you are ready, open your eyes and come back to the room.'],
      },
    },
  },
  'mindful-seeing': {
    intro: 'Stay where you are, sitting or standing. Keep your eyes open: in a moment you will choose something to look at.',
    closing: 'Ordinary things hold a lot when you give them a little attention. You can look this way at anything, whenever you like.',
    steps: {
      arrive: {
        title: 'Pausing',
        lines: ['Let your body settle where you are.', 'For these few minutes, there is nothing to do but look.'],
      },
      choose: {
        title: 'Choosing something',
        lines: ['Let your eyes wander and pick one thing nearby: a cup, a plant, a pen, your own hand.', 'Anything will do. Take your time, and go on once you have it.'],
      },
      first: {
        title: 'Seeing it fresh',
        lines: ['Look at it as if you had never seen anything like it before.', 'Set aside its name and what it is for, and just look.'],
      },
      colour: {
        title: 'Colour',
        lines: ['Notice its colours. Are there several where at first you saw one?', 'Look for the lighter and the darker shades.'],
      },
      light: {
        title: 'Light and shadow',
        lines: ['Notice where the light falls on it, and where it rests in shadow.', 'Perhaps a shine, a reflection, a soft glow.'],
      },
      edges: {
        title: 'Shape and edges',
        lines: ['Follow its outline slowly with your eyes.', 'Notice where it ends and the space around it begins.', 'If your mind drifts elsewhere, come back to looking, with no fuss.'],
      },
      texture: {
        title: 'Texture',
        lines: ['Notice its surface: smooth, rough, grainy, worn.', 'If you like, touch it, and find out whether it feels the way it looks.'],
      },
      wider: {
        title: 'Looking up',
        lines: ['Let your gaze widen slowly, to the space around it and then the room.', 'Perhaps things look a little fresher for a moment.'],
      },
    },
  },
  'mindful-walk': {
    intro: 'You will be away from the screen for most of this practice. Anywhere will do: a corridor, another room, outside. The screen will wait for you.',
    closing: 'A walk to the kitchen or the door can be a small break like this one, whenever you need it.',
    steps: {
      stand: {
        title: 'Standing up',
        lines: ['Stand up slowly and step back from your desk.', 'Let your arms hang loose and your shoulders drop.'],
      },
      feet: {
        title: 'Feeling the feet',
        lines: ['Feel your feet on the floor, and the weight of your body resting on them.', 'In a moment, a few words for the walk will appear. Take them with you.'],
      },
      walk: {
        title: 'Walking',
        lines: ['Walk a little slower than usual, feeling each step: the heel, the sole, the toes.', 'Notice the air on your skin and what there is to see, as if you had just arrived.', 'When your mind runs ahead, come back to your feet. Return whenever you are ready.'],
      },
      welcome: {
        title: 'Welcome back',
        lines: ['Before you sit down, stand still for a moment.', 'Notice how your body feels now, after moving.'],
      },
      close: {
        title: 'Settling back',
        lines: ['Sit down slowly, if you are going back to work.', 'If you like, bring a little of that slower pace with you.'],
      },
    },
  },
}
