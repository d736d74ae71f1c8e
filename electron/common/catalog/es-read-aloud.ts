import type { ReadAloudWords } from './en-read-aloud'

/** Spanish: the guided practices' bell and voice, in Settings. */
export const esReadAloud: ReadAloudWords = {
  guidance: {
    heading: 'Prácticas guiadas',
    bell: 'Una campana suave al empezar y al terminar una práctica guiada',
    readAloud: 'Leer en voz alta cada paso',
    readAloudHint: 'Con una de las voces de este ordenador. Las palabras nunca salen de él.',
    voice: 'Voz',
    systemVoice: 'La voz habitual de este ordenador',
    tryVoice: 'Probar esta voz',
    sample: 'Así sonará la guía. No hay ninguna prisa.',
    noVoice: 'Este ordenador no tiene ninguna voz en español, así que las prácticas guiadas se quedan en silencio. Puedes añadir voces en los ajustes de tu sistema.',
  },
}
