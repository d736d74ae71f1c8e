import type { SharedWords } from './en-shared'

/** Spanish: the words both processes show (default phrases, chips, crisis lines), keyed as in English. */
export const esShared: SharedWords = {
  phrases: {
    mindfulness: [
      'Esto es difícil ahora mismo.',
      'Esto es estrés, y puedo notarlo.',
      'Uf. Esto duele.',
      'Hay algo difícil aquí.',
      'Puedo nombrar lo que siento sin pelearme con ello.',
    ],
    humanity: [
      'Otras personas también sienten esto.',
      'No soy la única persona a quien esto le cuesta.',
      'Todo el mundo tiene días así.',
      'Los momentos difíciles son parte de ser humano.',
      'En algún lugar, alguien se siente igual ahora mismo.',
    ],
    kindness: [
      'Que pueda tratarme con suavidad ahora mismo.',
      'Que me dé la paciencia que le daría a una persona querida.',
      'Estoy haciendo lo mejor que puedo.',
      'Que me sienta a salvo y en calma.',
      'Está bien tomarme un momento para mí.',
    ],
  },
  feelings: {
    anxious: 'Ansiedad',
    ashamed: 'Vergüenza',
    sad: 'Tristeza',
    angry: 'Enfado',
    lonely: 'Soledad',
    overwhelmed: 'Agobio',
    disappointed: 'Decepción',
    frustrated: 'Frustración',
    guilty: 'Culpa',
    afraid: 'Miedo',
    hurt: 'Dolor',
    tired: 'Cansancio',
  },
  thinkingTraps: {
    'all-or-nothing': { label: 'Todo o nada', description: 'Solo perfecto o fracaso, nada en medio.' },
    overgeneralising: { label: 'Siempre y nunca', description: 'Un momento convertido en una regla para todo.' },
    'mind-reading': { label: 'Leer la mente', description: 'Dar por hecho lo que piensan los demás, sin preguntar.' },
    'fortune-telling': { label: 'Adivinar el futuro', description: 'Una suposición sobre lo que pasará, tomada como un hecho.' },
    catastrophising: { label: 'Catastrofismo', description: 'Un tropiezo que en la cabeza crece hasta ser un desastre.' },
    'discounting-positive': { label: 'Quitar valor a lo bueno', description: 'Lo que salió bien, de algún modo, «no cuenta».' },
    'emotional-reasoning': { label: 'Sentirlo como prueba', description: '«Me siento inútil, así que lo soy».' },
    'should-statements': { label: 'Debería y tengo que', description: 'Normas para ti que no dejan sitio a ser humano.' },
    labelling: { label: 'Etiquetar', description: 'Un error que pasa a definir quién eres.' },
    'self-blame': { label: 'Cargar con toda la culpa', description: 'Llevar todo el peso de algo que era compartido.' },
  },
  crisisLines: {
    'find-a-helpline': { region: 'Todo el mundo', description: 'Un directorio de líneas de ayuda gratuitas y confidenciales en muchos países.' },
    'befrienders-worldwide': { region: 'Todo el mundo', description: 'Centros de apoyo emocional en todo el mundo, con búsqueda por país.' },
    '988-us': { region: 'Estados Unidos', description: 'Llama o escribe al 988, a cualquier hora.' },
    '988-canada': { region: 'Canadá', description: 'Llama o escribe al 988, a cualquier hora.' },
    samaritans: { region: 'Reino Unido e Irlanda', description: 'Llamada gratuita al 116 123, de día o de noche.' },
    'telefono-de-la-esperanza': { region: 'España', description: 'Apoyo emocional por teléfono en el 717 003 717.' },
    'lifeline-australia': { region: 'Australia', description: 'Apoyo en crisis en el 13 11 14, a cualquier hora.' },
  },
}
