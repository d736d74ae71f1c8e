import { journalLimits } from '../journal-problems'
import type { JournalFieldWords, ProblemWords } from './problem-words'

/** Español: los nombres de los campos del diario, en los mensajes y en la exportación legible. */
export const esJournal: JournalFieldWords = {
  exportTitle: 'Diario de Kindbreak',
  kinds: { reframe: 'Mirar un pensamiento de otra manera', letter: 'Una carta para ti', 'good-things': 'Tres cosas buenas' },
  fields: {
    id: 'Identificador de la entrada',
    createdAt: 'Escrita el',
    updatedAt: 'Último cambio',
    kind: 'Tipo de entrada',
    situation: 'Situación',
    harshVoice: 'Voz crítica',
    feelings: 'Emociones',
    intensityBefore: 'Intensidad antes',
    mindfulNaming: 'Nombrar el momento',
    commonHumanity: 'Humanidad compartida',
    kindReply: 'Respuesta amable',
    intensityAfter: 'Intensidad después',
    thinkingTraps: 'Trampas del pensamiento',
    letter: 'Carta',
    wentWell: 'Algo que salió bien',
    alsoWentWell: 'Otra cosa que salió bien',
    aboutMe: 'Algo sobre ti',
  },
}

/** Español: lo que main rechazó o encontró mal, dicho a partir de sus códigos. */
export const esProblems: ProblemWords = {
  refusals: {
    'untrusted-sender': () => 'la petición no venía de la ventana de Kindbreak.',
    'invalid-request': ({ fields }) => `la ventana de Kindbreak envió algo que no se pudo usar (${fields.join(', ')}).`,
    'export-not-written': ({ file, cause }) => `no se pudo escribir ${file} (${cause}); no se ha exportado nada.`,
    'import-not-read': ({ file, cause }) => `no se pudo leer ${file} (${cause}); no se ha cambiado nada.`,
    'folder-not-opened': ({ folder, cause }) => `no se pudo abrir la carpeta ${folder} (${cause}).`,
    'login-item-unchanged': ({ cause }) => `el sistema no dejó a Kindbreak cambiar cómo se inicia (${cause}).`,
    'hotkey-not-used': ({ hotkey, problem }) =>
      problem === 'unavailable'
        ? `no se pudo registrar ${hotkey}; puede que otra aplicación lo esté usando. El atajo anterior sigue funcionando.`
        : `${hotkey} no es un atajo que Kindbreak pueda usar. El atajo anterior sigue funcionando.`,
    'not-a-support-line': ({ url }) => `${url} no es una de las líneas de apoyo que Kindbreak puede abrir.`,
    'journal-closed': () => 'el diario está cerrado porque Kindbreak se está cerrando.',
  },
  unexpected: 'algo salió mal de forma inesperada. No se ha perdido nada de lo que escribiste.',
  journalIssues: {
    too_long: (field) => `«${field}» tiene más de ${journalLimits.maxFieldCharacters.toLocaleString('es')} caracteres. ¿Puedes acortarlo un poco?`,
    nothing_written: () => 'Escribe lo que dijo la voz crítica o una respuesta amable. Con una de las dos basta.',
    empty_letter: () => 'La carta está vacía. Unas pocas líneas bastan.',
    no_good_thing: () => 'Escribe al menos una cosa buena. Con una basta por hoy.',
    not_for_kind: (field) => `«${field}» pertenece a otro tipo de entrada, así que no se guardó aquí. No se ha perdido nada: sigue en el formulario.`,
    intensity_range: (field) => `«${field}» es un número entero del 0 al 10.`,
    bad_tag: (field) => `«${field}» contiene una opción que esta versión de Kindbreak no reconoce.`,
    too_many_tags: (field) => `«${field}» tiene más de ${journalLimits.maxTagsPerField} opciones.`,
    updated_before_created: () => 'Esta entrada dice que se cambió antes de escribirse, así que sus fechas no son fiables.',
    from_newer_version: () => 'Esta entrada la escribió una versión más reciente de Kindbreak. Si actualizas Kindbreak, podrás leerla.',
    unreadable: (field) => `«${field}» falta o no tiene una forma que Kindbreak pueda leer.`,
  },
  wholeEntry: 'Esta entrada',
  backupRefusals: {
    'too-large': 'Este archivo es mucho más grande que cualquier copia de Kindbreak, así que no se abrió. No se ha cambiado nada.',
    'not-json': 'No se pudo leer este archivo como copia de Kindbreak: no es JSON válido. No se ha cambiado nada.',
    'not-a-backup': 'Este archivo no es una copia del diario de Kindbreak. No se ha cambiado nada.',
    'newer-format': 'Esta copia viene de una versión más reciente de Kindbreak. Actualiza Kindbreak y vuelve a importarla. No se ha cambiado nada.',
    'no-entries': 'Esta copia no tiene una lista de entradas, así que no hay nada que importar. No se ha cambiado nada.',
  },
}
