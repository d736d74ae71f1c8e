import type { Text } from '../../common/locale'
import type { JournalEntry } from './entry-schema'
import { sortNewestFirst } from './history'

/** Marks a file as ours, so importing some other JSON is refused instead of guessed at. */
export const BACKUP_FORMAT = 'kindbreak-journal'
export const BACKUP_FORMAT_VERSION = 1

export interface JournalBackup {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  exportedAt: number
  entries: JournalEntry[]
}

/** The complete journal, re-importable by `readJournalBackup`. */
export function toJsonBackup(entries: readonly JournalEntry[], exportedAt: number): string {
  const backup: JournalBackup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt,
    entries: sortNewestFirst(entries),
  }
  return `${JSON.stringify(backup, null, 2)}\n`
}

export type BackupReading = { ok: true; records: unknown[] } | { ok: false; message: Text }

/**
 * Checks that a file is a Kindbreak backup and hands back its records, still unvalidated: each one
 * goes through migration and validation in `mergeImport`, which reports the ones it refuses.
 */
export function readJournalBackup(fileText: string): BackupReading {
  let parsed: unknown
  try {
    parsed = JSON.parse(fileText.replace(/^\uFEFF/, ''))
  } catch {
    return refuse({
      en: 'This file could not be read as a Kindbreak backup: it is not valid JSON. Nothing was changed.',
      es: 'No se pudo leer este archivo como copia de Kindbreak: no es JSON válido. No se ha cambiado nada.',
    })
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== BACKUP_FORMAT) {
    return refuse({
      en: 'This file is not a Kindbreak journal backup. Nothing was changed.',
      es: 'Este archivo no es una copia del diario de Kindbreak. No se ha cambiado nada.',
    })
  }
  const { formatVersion, entries } = parsed as { formatVersion?: unknown; entries?: unknown }
  if (typeof formatVersion !== 'number' || formatVersion > BACKUP_FORMAT_VERSION) {
    return refuse({
      en: 'This backup comes from a newer version of Kindbreak. Update Kindbreak, then import it again. Nothing was changed.',
      es: 'Esta copia viene de una versión más reciente de Kindbreak. Actualiza Kindbreak y vuelve a importarla. No se ha cambiado nada.',
    })
  }
  if (!Array.isArray(entries)) {
    return refuse({
      en: 'This backup has no list of entries, so there is nothing to import. Nothing was changed.',
      es: 'Esta copia no tiene una lista de entradas, así que no hay nada que importar. No se ha cambiado nada.',
    })
  }
  return { ok: true, records: entries }
}

function refuse(message: Text): BackupReading {
  return { ok: false, message }
}
