import type { Text } from '../../common/locale'
import type { JournalEntry } from './entry-schema'

type LabelledField = Exclude<keyof JournalEntry, 'schemaVersion'>

/** Names of the fields as a person would say them, for messages and exports. */
export const FIELD_LABELS: Record<LabelledField, Text> = {
  id: { en: 'Entry id', es: 'Identificador de la entrada' },
  createdAt: { en: 'Written on', es: 'Escrita el' },
  updatedAt: { en: 'Last changed', es: 'Último cambio' },
  situation: { en: 'Situation', es: 'Situación' },
  harshVoice: { en: 'Critical voice', es: 'Voz crítica' },
  feelings: { en: 'Feelings', es: 'Emociones' },
  intensityBefore: { en: 'Intensity before', es: 'Intensidad antes' },
  mindfulNaming: { en: 'Naming the moment', es: 'Nombrar el momento' },
  commonHumanity: { en: 'Shared humanity', es: 'Humanidad compartida' },
  kindReply: { en: 'Kind reply', es: 'Respuesta amable' },
  intensityAfter: { en: 'Intensity after', es: 'Intensidad después' },
  thinkingTraps: { en: 'Thinking traps', es: 'Trampas del pensamiento' },
}

export function labelOfField(field: string): Text {
  return field in FIELD_LABELS ? FIELD_LABELS[field as LabelledField] : { en: field, es: field }
}
