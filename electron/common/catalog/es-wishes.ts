import type { WishGrammar } from './wish-grammar'

/** First-person present subjunctive of the verbs we expect, so "descansar" becomes "Que descanse". */
const subjunctive: Record<string, string> = {
  aceptar: 'acepte', confiar: 'confíe', cuidar: 'cuide', dar: 'dé', descansar: 'descanse',
  encontrar: 'encuentre', estar: 'esté', perdonar: 'perdone', permitir: 'permita', poder: 'pueda',
  recordar: 'recuerde', respirar: 'respire', saber: 'sepa', sentir: 'sienta', ser: 'sea', tener: 'tenga',
  tratar: 'trate', vivir: 'viva',
}

/** "sentirme" → "me sienta"; "descansar" → "descanse". */
function toVerb(word: string): string | undefined {
  const reflexive = word.endsWith('me') ? subjunctive[word.slice(0, -2)] : undefined
  if (reflexive) return `me ${reflexive}`
  return subjunctive[word]
}

/** Spanish: how "find my phrases" turns an answer into a wish ("necesito descansar" → "Que descanse"). */
export const esWishGrammar: WishGrammar = {
  prefixes: ['necesito', 'quiero', 'me gustaría'],
  alreadyAWish: /^que\s/i,
  toVerb,
  verbWish: (verbPhrase) => `Que ${verbPhrase}`,
  feelings: [
    'a salvo', 'aceptada', 'aceptado', 'acompañada', 'acompañado', 'bien', 'capaz', 'en calma', 'en paz',
    'escuchada', 'escuchado', 'fuerte', 'libre', 'querida', 'querido', 'segura', 'seguro', 'tranquila',
    'tranquilo', 'valorada', 'valorado',
  ],
  feelingWish: (feeling) => `Que me sienta ${feeling}`,
  things: [
    'aceptación', 'alegría', 'apoyo', 'calma', 'claridad', 'compañía', 'confianza', 'consuelo', 'descanso',
    'equilibrio', 'esperanza', 'espacio', 'fuerza', 'paciencia', 'paz', 'tiempo', 'tranquilidad', 'valor',
  ],
  thingWish: (thing) => `Que encuentre ${thing}`,
}
