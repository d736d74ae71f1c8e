import type { Text } from '../common/locale'

/** Something the person should hear about after the journal opened. The journal still works. */
export type JournalProblem =
  | { kind: 'torn-tail'; movedTo: string; message: Text }
  | { kind: 'corrupt-records'; count: number; movedTo: string; message: Text }
  | { kind: 'locked-records'; count: number; message: Text }
  | { kind: 'newer-records'; count: number; message: Text }

export function tornTail(movedTo: string): JournalProblem {
  return {
    kind: 'torn-tail',
    movedTo,
    message: {
      en: `Kindbreak stopped while saving an entry, so that last entry was incomplete. Everything saved before it is here. The incomplete part is kept in ${movedTo}.`,
      es: `Kindbreak se detuvo mientras guardaba una entrada, así que esa última entrada quedó incompleta. Todo lo guardado antes está aquí. La parte incompleta se conserva en ${movedTo}.`,
    },
  }
}

export function corruptRecords(count: number, movedTo: string): JournalProblem {
  return {
    kind: 'corrupt-records',
    count,
    movedTo,
    message: {
      en: `${count === 1 ? 'One saved record' : `${count} saved records`} could not be read, so ${count === 1 ? 'it was' : 'they were'} moved out of the journal and the rest opened normally. Nothing was deleted: ${count === 1 ? 'it is' : 'they are'} kept in ${movedTo}.`,
      es: `${count === 1 ? 'Un registro guardado no se pudo leer, así que se apartó' : `${count} registros guardados no se pudieron leer, así que se apartaron`} del diario y el resto se abrió con normalidad. No se borró nada: se ${count === 1 ? 'conserva' : 'conservan'} en ${movedTo}.`,
    },
  }
}

export function lockedRecords(count: number): JournalProblem {
  return {
    kind: 'locked-records',
    count,
    message: {
      en: `${count === 1 ? 'One entry is' : `${count} entries are`} encrypted with a key this computer cannot use right now. ${count === 1 ? 'It is' : 'They are'} kept as ${count === 1 ? 'it is' : 'they are'} and will show again when that key is available.`,
      es: `${count === 1 ? 'Una entrada está cifrada' : `${count} entradas están cifradas`} con una clave que este equipo no puede usar ahora. Se ${count === 1 ? 'conserva' : 'conservan'} tal cual y ${count === 1 ? 'volverá' : 'volverán'} a aparecer cuando esa clave esté disponible.`,
    },
  }
}

export function newerRecords(count: number): JournalProblem {
  return {
    kind: 'newer-records',
    count,
    message: {
      en: `${count === 1 ? 'One entry was' : `${count} entries were`} written by a newer version of Kindbreak. ${count === 1 ? 'It is' : 'They are'} kept untouched; updating Kindbreak will show ${count === 1 ? 'it' : 'them'}.`,
      es: `${count === 1 ? 'Una entrada la escribió' : `${count} entradas las escribió`} una versión más reciente de Kindbreak. Se ${count === 1 ? 'conserva intacta' : 'conservan intactas'}; si actualizas Kindbreak, ${count === 1 ? 'aparecerá' : 'aparecerán'}.`,
    },
  }
}
