import type { WritingWords } from './en-writing'

/** Español: las otras formas de escribir en el diario, una carta para ti y tres cosas buenas. */
export const esWriting: WritingWords = {
  writingNames: {
    letter: {
      name: 'Una carta para ti',
      summary: 'Escríbete como lo haría una amistad cariñosa: alguien que conoce tus dificultades y está de tu lado.',
    },
    'good-things': {
      name: 'Tres cosas buenas',
      summary: 'Fíjate en tres cosas que salieron bien, por pequeñas que sean, y que una de ellas trate de ti.',
    },
  },
  letter: {
    heading: 'Una carta para ti',
    intro: 'Escríbete como te escribiría una amistad cálida y sabia: alguien que ve lo que te cuesta y lo que haces bien, y está de tu lado. Tómate tu tiempo. Nadie más lo leerá.',
    promptsHeading: 'Si te ayuda, empieza por aquí',
    prompts: [
      '¿Con qué te has tratado con dureza últimamente? Escríbelo con sencillez, tal como es, sin juzgarlo.',
      'Imagina a alguien que te quiere y sabe cómo ha sido esto para ti. ¿Qué querría que escucharas?',
      '¿Qué te desearía esa persona a partir de ahora, y qué paso pequeño y amable te sugeriría?',
    ],
    hidePrompts: 'Ocultar las preguntas',
    showPrompts: 'Mostrar las preguntas',
    label: 'Tu carta',
    hint: 'Empieza como quieras, quizá con tu nombre.',
    save: 'Guardar esta carta',
    draftRestored: 'La carta que estabas escribiendo se guardó, tal como la dejaste.',
    savedHeading: 'Tu carta está guardada',
    savedBody: 'Está en tu diario, solo en este equipo. En un día más difícil, estará ahí para volver a leerla.',
    another: 'Escribir otra carta',
  },
  goodThings: {
    heading: 'Tres cosas buenas',
    intro: 'Repasa el día y fíjate en tres cosas que salieron bien. Las pequeñas cuentan: una palabra amable, un momento de calma, una tarea hecha. Que una de ellas trate de ti.',
    prompts: {
      wentWell: { label: 'Algo que salió bien', hint: 'Qué pasó y cómo fue.' },
      alsoWentWell: { label: 'Otra cosa que salió bien', hint: 'Puede ser tan pequeña como una taza de té.' },
      aboutMe: { label: 'Algo sobre ti', hint: 'Algo que hiciste, intentaste o mostraste hoy. El esfuerzo cuenta tanto como el logro.' },
    },
    save: 'Guardar',
    draftRestored: 'Lo que estabas escribiendo se guardó, tal como lo dejaste.',
    savedHeading: 'Tus cosas buenas están guardadas',
    savedBody: 'Están en tu diario, solo en este equipo. Fijarse en lo que sale bien también es una práctica, y acabas de hacerla.',
    another: 'Escribir otra página',
  },
  journalKinds: {
    writeHeading: 'Escribir',
    filterLegend: 'Mostrar',
    all: 'Todo',
    plural: { reframe: 'Pensamientos replanteados', letter: 'Cartas', 'good-things': 'Tres cosas buenas' },
    single: { reframe: 'Pensamiento replanteado', letter: 'Carta para ti', 'good-things': 'Tres cosas buenas' },
  },
}
