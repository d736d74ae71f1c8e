import { countIn } from './count-words'
import type { PracticeWords } from './en-practices'
import { esWishGrammar } from './es-wishes'

/** Spanish: the practices' own words, keyed as in English. */
export const esPractices: PracticeWords = {
  touch: {
    cues: {
      'hand-on-heart': {
        label: 'Mano en el corazón',
        instruction: 'Apoya una mano sobre el corazón y siente su calor y su peso suave.',
        alt: 'Silueta de una persona con una mano apoyada en el centro del pecho.',
      },
      'both-hands-on-heart': {
        label: 'Las dos manos en el corazón',
        instruction: 'Coloca las dos manos sobre el corazón, una encima de la otra, y respira como estés respirando.',
        alt: 'Silueta de una persona con las dos manos, una sobre otra, en el pecho.',
      },
      'fist-over-heart': {
        label: 'Puño cubierto',
        instruction: 'Cierra la mano en un puño suave sobre el corazón y cúbrelo con la otra, como quien guarda algo querido.',
        alt: 'Silueta de una persona con un puño suelto en el pecho, cubierto por la otra mano.',
      },
      'hand-on-cheek': {
        label: 'Mano en la mejilla',
        instruction: 'Deja que una mano descanse en tu mejilla, o sostén la cara con las dos manos, con toda la ternura que puedas.',
        alt: 'Silueta de una persona con una mano apoyada suavemente en una mejilla.',
      },
      'hands-on-belly': {
        label: 'Manos en el vientre',
        instruction: 'Apoya las manos en el vientre, o justo debajo de las costillas, y siente cómo sube y baja.',
        alt: 'Silueta de una persona con las dos manos apoyadas en el vientre.',
      },
      'heart-and-belly': {
        label: 'Corazón y vientre',
        instruction: 'Pon una mano en el corazón y la otra en el vientre, y deja que las dos descansen ahí.',
        alt: 'Silueta de una persona con una mano en el pecho y la otra en el vientre.',
      },
      'stroking-arms': {
        label: 'Acariciar los brazos',
        instruction: 'Cruza los brazos y acaríciate despacio del hombro al codo, como si calmaras a alguien que quieres.',
        alt: 'Silueta de una persona con los brazos cruzados y cada mano en el brazo contrario.',
      },
      'self-hug': {
        label: 'Un abrazo a ti',
        instruction: 'Rodéate con los brazos y date un apretón suave, solo tan firme como te siente bien.',
        alt: 'Silueta de una persona abrazándose, con los brazos rodeando el cuerpo.',
      },
      'hand-in-hand': {
        label: 'Mano con mano',
        instruction: 'Sostén una mano con la otra sobre el regazo y nota el calor donde se encuentran.',
        alt: 'Silueta de una persona que sostiene con suavidad una mano con la otra delante del cuerpo.',
      },
    },
    optional: 'El contacto siempre es opcional. Si no te resulta cómodo, solo imagínalo, o deja las manos en reposo.',
  },
  breathe: {
    patterns: {
      natural: { name: 'Ritmo natural', description: 'Sin contar. Deja que tu cuerpo respire a su propio ritmo.' },
      box: { name: 'Caja 4-4-4-4', description: 'Cuatro lados iguales: inhala, sostén, exhala, sostén, cuatro segundos cada uno.' },
      '478': { name: '4-7-8', description: 'Inhala en 4, sostén 7 y exhala despacio en 8.' },
      coherent: { name: 'Coherente 5,5', description: 'Respiraciones lentas y parejas, unas cinco y media por minuto.' },
      'extended-exhale': { name: 'Exhalación larga 4-6', description: 'Una exhalación un poco más larga que la inhalación.' },
      sigh: {
        name: 'Suspiro fisiológico',
        description: 'Dos inhalaciones, una completa y luego un poco más, y una exhalación larga y tranquila.',
      },
      custom: { name: 'Personalizado', description: 'Elige tú la duración de cada parte de la respiración.' },
    },
    phaseLabels: { in: 'Inhala', 'top-up': 'Un poco más de aire', 'hold-in': 'Sostén', out: 'Exhala', 'hold-out': 'Sostén' },
    givingAndReceivingLabels: { in: 'Inhalo para mí', 'top-up': 'Un poco más, para mí', out: 'Exhalo para los demás' },
    givingAndReceivingOption: 'Dar y recibir: inhala para ti y exhala para los demás',
    optionalHolds: 'Sostener el aire es opcional. Si te resulta incómodo, sigue respirando con suavidad.',
    dizziness: 'Si te mareas o notas la cabeza ligera, para y respira con normalidad.',
    naturalRhythmLines: [
      'Aquí no hay nada que hacer bien. Tu cuerpo ya sabe respirar.',
      'Deja que cada respiración llegue y se vaya a su ritmo, sin cambiarla.',
      'Fíjate en dónde notas la respiración con más facilidad y deja que tu atención descanse ahí.',
      'Si tu mente se va, no pasa nada. Vuelve con amabilidad a la siguiente respiración.',
    ],
    handOnHeart: 'Si quieres, apoya una mano en el pecho, o donde te resulte reconfortante, y nota su calidez.',
    closingLines: [
      'Gracias por dedicarte este tiempo.',
      'Haya ido como haya ido, ha sido suficiente.',
      'Puedes volver a tu respiración siempre que lo necesites.',
    ],
    breathCount: (breaths) => countIn('es', breaths, { one: '# respiración', other: '# respiraciones' }),
    lengths: {
      minutes: (minutes) => countIn('es', minutes, { one: '# minuto', other: '# minutos' }),
      untilStopped: 'Hasta que pare',
    },
  },
  compassionBreak: {
    steps: {
      mindfulness: {
        title: 'Nota lo que hay',
        guidance: [
          'Trae a la mente algo un poco difícil, no lo más duro de tu vida.',
          '¿Dónde lo notas en el cuerpo? Deja que esté ahí un momento.',
          'Ponle un nombre sencillo, como te lo dirías a ti.',
        ],
        difficultyLine: {
          template: (difficulty) => `Le pusiste nombre: «${difficulty}». Nota dónde se siente en tu cuerpo.`,
          fallback: 'Nota dónde se siente esta dificultad en tu cuerpo.',
        },
      },
      humanity: {
        title: 'Esto no te pasa solo a ti',
        guidance: [
          'Ahora mismo, mucha gente siente algo parecido.',
          'Pasarlo mal no significa que algo vaya mal en ti: es parte de ser humano.',
        ],
        difficultyLine: {
          template: (difficulty) => `En algún lugar, otras personas cargan hoy con su propio «${difficulty}».`,
          fallback: 'En algún lugar, otras personas cargan hoy con algo parecido.',
        },
      },
      kindness: {
        title: 'Ofrécete amabilidad',
        guidance: [
          'Si quieres, apoya una mano donde te reconforte, o simplemente imagínalo.',
          '¿Qué le dirías a una buena amistad que se sintiera así? Prueba a decírtelo a ti.',
        ],
        difficultyLine: {
          template: (difficulty) => `Con «${difficulty}» aquí, ¿qué palabras amables te ayudarían?`,
          fallback: 'Con esto aquí, ¿qué palabras amables te ayudarían?',
        },
      },
    },
    needPrompt: '¿No te salen las palabras? Pregúntate: ¿qué necesito oír ahora mismo?',
    difficultyQuestion: {
      prompt: '¿Qué te está costando ahora?',
      placeholder: 'Una palabra o unas pocas, p. ej. «la entrega» (opcional)',
    },
  },
  findPhrases: {
    steps: {
      need: {
        title: '¿Qué necesito?',
        prompt: '¿Qué necesitas, ahora o casi todos los días? Con una o dos palabras basta.',
        examples: ['a salvo', 'descanso', 'paz', 'valor', 'aceptarme'],
      },
      hear: {
        title: '¿Qué necesito oír?',
        prompt: 'Si una buena amistad pudiera decirte una sola cosa ahora, ¿qué te gustaría oír?',
        examples: ['Ya haces suficiente.', 'Aquí estoy contigo.', 'Está bien descansar.', 'Lo estás intentando, y eso cuenta.'],
      },
      wishes: {
        title: 'Unos pocos deseos sencillos',
        prompt: 'Aquí tienes tus respuestas como dos a cuatro deseos breves. Quédate con lo que te suene verdadero y cambia lo que quieras.',
        examples: ['Que me sienta a salvo.', 'Que encuentre descanso.'],
      },
    },
    grammar: esWishGrammar,
  },
  reframe: {
    prompts: {
      harshVoice: {
        label: '¿Qué te está diciendo la voz crítica?',
        hint: 'Escríbelo tal como lo oyes. Seguirá a la vista mientras respondes.',
      },
      situation: { label: '¿Qué ha pasado?', hint: 'Con unas pocas palabras basta.' },
      feelings: { label: '¿Qué sientes?', hint: 'Elige las que encajen, o ninguna.' },
      intensityBefore: { label: '¿Con qué fuerza lo sientes ahora?', hint: '0 es casi nada; 10, lo más fuerte posible.' },
      mindfulNaming: { label: 'Ponle nombre al momento', hint: 'Con sencillez, sin juzgarlo.', placeholder: 'Este es un momento de…' },
      commonHumanity: {
        label: 'No te pasa solo a ti',
        hint: '¿Quién más podría sentirse así?',
        placeholder: 'Otras personas lo sienten cuando…',
      },
      kindReply: {
        label: '¿Qué te diría una buena amiga o un buen amigo?',
        hint: 'Si no te salen las palabras, pregúntate: ¿qué necesito oír ahora mismo?',
      },
      intensityAfter: { label: '¿Y con qué fuerza lo sientes ahora?', hint: 'Cualquier cambio está bien, y que no cambie también.' },
      thinkingTraps: { label: '¿Alguna trampa del pensamiento?', hint: 'Solo si esta forma de mirar te ayuda. Puedes dejarlo.' },
    },
  },
  safety: {
    backdraft: {
      title: 'Antes de empezar',
      paragraphs: [
        'Tratarte con amabilidad a veces remueve heridas antiguas, igual que el calor puede hacer doler unas manos frías.',
        'Si te pasa, es comprensible, y no significa que lo estés haciendo mal.',
        'Puedes ir más despacio, pasar a algo más sencillo o parar en cualquier momento.',
      ],
      acknowledge: 'Entendido',
    },
    overwhelmed: {
      link: '¿Es demasiado ahora mismo?',
      intro: 'Deja la práctica por ahora. Prueba una de estas cosas, a tu ritmo:',
      steps: {
        feet: 'Siente los pies en el suelo y la silla que te sostiene.',
        sounds: 'Escucha los sonidos a tu alrededor, cerca y lejos.',
        look: 'Mira a tu alrededor y nombra algunas cosas que ves.',
      },
      stop: 'Parar la práctica',
      reassurance: 'Parar siempre está bien. Puedes volver en otro momento, o no volver.',
    },
    wellnessDisclaimer:
      'Kindbreak es una herramienta de bienestar. No es un dispositivo médico, ni es terapia ni la sustituye.',
    crisisLinesIntro: {
      title: '¿Necesitas apoyo ahora?',
      body: 'Si estás en peligro o piensas en quitarte la vida, llama al número de emergencias de tu zona o contacta con uno de estos servicios.',
    },
  },
  checkIn: {
    question: 'Ahora mismo, ¿te estás tratando con dureza o con amabilidad?',
    lead: { before: 'Antes de empezar', after: '¿Y ahora?' },
    minLabel: 'Con mucha dureza',
    maxLabel: 'Con mucha amabilidad',
    skip: 'Omitir',
    note: 'Es opcional y solo para ti. No hay respuestas correctas.',
  },
}
