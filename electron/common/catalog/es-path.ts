import type { PathWords } from './en-path'

/** Spanish: the gentle path, its screen and its eight weeks. */
export const esPath: PathWords = {
  path: {
    heading: 'Un camino amable',
    link: 'Un camino amable de ocho semanas',
    intro: [
      'La autocompasión crece con una práctica pequeña y constante. Este camino ofrece ocho semanas, cada una con un tema y dos o tres prácticas que le van bien.',
      'Avanzas solo cuando tú lo decides, y en cualquier momento puedes quedarte en una semana, volver atrás, hacer una pausa o dejarlo. No se cuenta nada y no se puede perder nada.',
      'Mientras sigues el camino, los descansos programados te traen las prácticas de la semana.',
    ],
    weeksHeading: 'Las ocho semanas',
    start: 'Empezar por la semana 1',
    where: (week, total, title) => `Semana ${week} de ${total}: ${title}`,
    wherePaused: (week, total, title) => `Semana ${week} de ${total}, en pausa: ${title}`,
    practicesHeading: 'Prácticas para esta semana',
    noHurry: 'No hay prisa. Quédate en esta semana todo el tiempo que te parezca bien.',
    choicesHeading: 'Lo que puedes hacer',
    next: (week) => `Pasar a la semana ${week}`,
    finish: 'Terminar el camino',
    back: (week) => `Volver a la semana ${week}`,
    pause: 'Pausar el camino',
    leave: 'Dejar el camino',
    resume: (week) => `Seguir con la semana ${week}`,
    rejoin: (week) => `Retomar en la semana ${week}`,
    startAgain: 'Empezar de nuevo por la semana 1',
    pausedNote: 'El camino está en pausa. Hasta que sigas, los descansos programados te traen lo que elegiste en Ajustes.',
    leftNote: (week) => `Dejaste el camino en la semana ${week}. Se guarda aquí, por si te apetece volver.`,
    completedHeading: 'Has recorrido las ocho semanas',
    completed: [
      'Gracias por el tiempo y el cuidado que te has dado por el camino.',
      'Todas las prácticas siguen en la biblioteca, para cuando te hagan falta. Puedes recorrer el camino otra vez cuando quieras.',
    ],
    breaksOnPath: 'Mientras sigues el camino amable, los descansos programados te traen las prácticas de la semana. Si pausas el camino, vuelve esta elección.',
    weeks: {
      noticing: {
        title: 'Darte cuenta, con amabilidad',
        intro: 'Esta semana empieza por darte cuenta de los momentos difíciles y de cómo te hablas en ellos. Cuando descubras uno, prueba a responder como responderías a una amistad: una pausa, una mano cálida, una palabra amable. Todavía no hace falta cambiar nada; darte cuenta ya es una forma de amabilidad.',
      },
      'coming-back': {
        title: 'Volver al ahora',
        intro: 'La amabilidad necesita un sitio donde posarse, y ese sitio es el momento presente. Esta semana, apoya la atención en la respiración, en los pies o en los sonidos de alrededor, y cuando se vaya, tráela de vuelta con suavidad, sin regañarte. Irse es lo que hace la mente; volver es la práctica.',
      },
      'own-phrases': {
        title: 'Tus propias frases',
        intro: 'Los buenos deseos funcionan mejor con palabras que sientes verdaderas. Esta semana, prueba algunas frases de buena voluntad hacia ti y quédate con las que te llegan con suavidad. Si una frase te suena falsa, sirve otra más suave, como «que pueda empezar a…».',
      },
      'kind-voice': {
        title: 'Una voz interior más amable',
        intro: 'Muchas personas llevamos dentro una voz que empuja a base de críticas. Esta semana, escúchala, y escucha también otra voz: una que quiere lo mejor para ti y te lo dice con calidez. Puedes seguir aspirando alto, con ánimo en lugar de reproches. Una carta para ti, escrita como lo haría una amistad cariñosa, es una forma de dejar hablar a esa voz.',
      },
      'what-matters': {
        title: 'Lo que te importa',
        intro: 'Debajo de muchos momentos difíciles hay algo que nos importa. Esta semana, fíjate en qué te importa, en las decisiones pequeñas y en las grandes, y en dónde ya vives de acuerdo con ello. Un paseo lento o un recorrido amable por el cuerpo pueden dejar espacio para escucharlo.',
      },
      'hard-feelings': {
        title: 'Acoger las emociones difíciles',
        intro: 'Las emociones difíciles suelen aflojar un poco cuando dejamos de pelear con ellas. Esta semana, empieza por algo un poco difícil, nunca lo más duro: nombra la emoción, busca dónde está en el cuerpo y déjala estar con algo de calidez. Si se vuelve demasiado, siente los pies en el suelo, o para; eso también es amabilidad.',
      },
      caring: {
        title: 'Cuidar de otras personas, y de ti',
        intro: 'Cuidar de otras personas resulta más fácil cuando tú también entras en ese cuidado. Esta semana, inspira amabilidad para ti y espírala para otra persona, en la medida que necesites. Una frase para quien cuida de otras personas: «Puedo cuidarte sin controlar cómo salen las cosas».',
      },
      savouring: {
        title: 'Saborear lo bueno',
        intro: 'La amabilidad no es solo para los momentos difíciles. Esta semana, detente un poco en lo bueno: algo que ves, un momento que salió bien, una cualidad tuya que aprecias. Dejar entrar lo bueno también es una práctica.',
      },
    },
  },
}
