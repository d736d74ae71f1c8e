import type { LifeFocusWords } from './en-life-focus'

/** Spanish: the optional life focus, keyed as in English. */
export const esLifeFocus: LifeFocusWords = {
  heading: 'Tu vida ahora (opcional)',
  intro: 'Solo cambia los ejemplos y las frases que te sugieren las prácticas.',
  legend: 'Enfoque vital',
  none: 'Ninguno',
  focuses: {
    work: {
      label: 'El trabajo',
      examples: {
        difficulty: 'p. ej. «el plazo del trabajo» (opcional)',
        situation: 'Con unas pocas palabras basta, como «no llegué a la entrega».',
        othersFeel: 'Otras personas lo sienten en su trabajo cuando…',
      },
      phrases: {
        mindfulness: ['Esto es estrés del trabajo, y puedo sentirlo.', 'Ahora mismo hay presión en el trabajo.'],
        humanity: ['Mucha gente siente que el trabajo la desborda.', 'Todo el mundo se equivoca en el trabajo alguna vez.'],
        kindness: ['Que recuerde que soy más que mi trabajo.', 'Que haga hoy lo que pueda y deje el resto para otro día.'],
      },
      hear: ['Vales más que lo que consigues hacer.'],
    },
    caring: {
      label: 'Cuidar de alguien',
      examples: {
        difficulty: 'p. ej. «un día duro cuidando» (opcional)',
        situation: 'Con unas pocas palabras basta, como «perdí la paciencia de puro cansancio».',
        othersFeel: 'Otras personas que cuidan de alguien lo sienten cuando…',
      },
      phrases: {
        mindfulness: ['Cuidar de alguien es difícil ahora mismo.', 'Siento el cansancio de cuidar, y puedo notarlo.'],
        humanity: ['Muchas personas que cuidan de alguien se sienten así.', 'Quienes cuidan tienen días como este en todas partes.'],
        kindness: [
          'Puedo cuidar sin controlar cómo salen las cosas.',
          'Su camino no está del todo en mis manos; aun así, puedo estar a su lado.',
          'Que pueda dar cuidados y también recibirlos.',
        ],
      },
      hear: ['Tú también tienes derecho a descansar.', 'Haces algo difícil, y lo haces con cariño.'],
    },
    parenting: {
      label: 'La crianza',
      examples: {
        difficulty: 'p. ej. «la hora de dormir» (opcional)',
        situation: 'Con unas pocas palabras basta, como «levanté la voz a la hora de dormir».',
        othersFeel: 'Otras familias lo sienten cuando…',
      },
      phrases: {
        mindfulness: ['Criar es difícil en este momento.', 'Me siento sin fuerzas, y puedo nombrarlo.'],
        humanity: ['Todas las familias tienen momentos así.', 'Otras familias también lo encuentran difícil ahora mismo.'],
        kindness: [
          'Que tenga conmigo la paciencia que intento tener en casa.',
          'No hace falta criar a la perfección para criar con cariño.',
          'Que me perdone por hoy y empiece de nuevo mañana.',
        ],
      },
      hear: ['Les quieres, y se nota.'],
    },
    studying: {
      label: 'Los estudios',
      examples: {
        difficulty: 'p. ej. «el examen» (opcional)',
        situation: 'Con unas pocas palabras basta, como «el examen salió mal».',
        othersFeel: 'Otras personas que estudian lo sienten cuando…',
      },
      phrases: {
        mindfulness: ['Estudiar se me hace cuesta arriba ahora mismo.', 'Hay preocupación por el examen, y puedo notarla.'],
        humanity: ['Muchas personas que estudian se sienten así.', 'Quien aprende se atasca a veces.'],
        kindness: ['Que aprenda a mi propio ritmo.', 'Un resultado no decide quién soy.', 'Que descanse, para poder aprender.'],
      },
      hear: ['Un examen no dice quién eres.'],
    },
    'later-life': {
      label: 'Hacerse mayor',
      examples: {
        difficulty: 'p. ej. «un cuerpo más lento» (opcional)',
        situation: 'Con unas pocas palabras basta, como «hoy me costaron las escaleras».',
        othersFeel: 'Otras personas que se hacen mayores lo sienten cuando…',
      },
      phrases: {
        mindfulness: ['Mi cuerpo va más despacio que antes, y eso cuesta.', 'Algo se ha perdido, y puedo sentirlo.'],
        humanity: ['Muchas personas que se hacen mayores también lo sienten.', 'Cambiar con los años es parte de toda vida.'],
        kindness: [
          'Que trate con ternura al cuerpo que me ha traído hasta aquí.',
          'Que viva estos años con amabilidad.',
          'Que sienta compañía y cariño a mi alrededor.',
        ],
      },
      hear: ['Has recorrido un largo camino.'],
    },
  },
}
