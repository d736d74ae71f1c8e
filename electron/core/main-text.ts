import type { Locale } from '../common/locale'
import { PAUSE_COUNTDOWN_WITHIN_MS } from './scheduler/status'
import type { SchedulerStatus } from './scheduler/types'
import type { TrayLabels } from './tray-menu'

/** Every sentence the main process shows (tray, notifications), in each language. */
export interface MainText {
  tray: TrayLabels
  /** The tray's status line. `time` formats an instant as a local clock time in this language. */
  status: (status: SchedulerStatus, time: (at: number) => string) => string
  tooltip: (status: string) => string
  breakNotification: {
    headsUp: (minutes: number) => { title: string; body: string }
    /** A click on it opens the break (a tray may not be there to open it from). */
    due: { title: string; body: string }
  }
  /** The journal's save and open dialogs. */
  dialogs: {
    exportTitle: string
    importTitle: string
    fileTypes: { markdown: string; json: string; csv: string }
  }
  /** The application menu (macOS) and the text fields' right-click menu. */
  menus: { edit: string; quit: string; undo: string; redo: string; cut: string; copy: string; paste: string; selectAll: string }
  notifications: {
    settingsUnreadable: (movedTo: string) => { title: string; body: string }
    settingsFieldsReplaced: (fields: string[], copyAt: string) => { title: string; body: string }
    hotkeyUnavailable: (hotkey: string) => { title: string; body: string }
    unknownFlags: (flags: string[]) => { title: string; body: string }
    fileSetAside: (movedTo: string) => { title: string; body: string }
  }
}

const en: MainText = {
  tray: {
    takeBreak: 'Take a break now',
    breathe: 'Breathe',
    touch: 'Soothing touch',
    reframe: 'Reframe a thought',
    pauseBreaks: 'Pause breaks',
    pauseOptions: { '30m': 'For 30 minutes', '1h': 'For 1 hour', '2h': 'For 2 hours', tomorrow: 'Until tomorrow', indefinitely: 'Until I resume' },
    resumeBreaks: 'Resume breaks',
    skipNext: 'Skip next break',
    journal: 'Journal',
    settings: 'Settings',
    quit: 'Quit Kindbreak',
  },
  status: (status, time) => {
    switch (status.kind) {
      case 'next':
        return `Next break in ${status.minutes} min`
      case 'hours-ending':
        return `No more breaks before working hours end at ${time(status.at)}`
      case 'snoozed':
        return `Break snoozed: ${status.minutes} min left`
      case 'heads-up':
        return `Break in ${status.minutes} min`
      case 'due':
        return 'A break is waiting for you'
      case 'in-break':
        return 'On a break'
      case 'paused':
        if (status.until === null) return 'Breaks paused until you resume'
        return status.minutes !== null && status.minutes * 60_000 <= PAUSE_COUNTDOWN_WITHIN_MS ? `Breaks paused: ${status.minutes} min left` : `Breaks paused until ${time(status.until)}`
      case 'outside-hours':
        return status.resumesAt === null ? 'Outside working hours' : `Outside working hours until ${time(status.resumesAt)}`
      case 'suspended':
        return 'Breaks wait while the computer sleeps'
    }
  },
  tooltip: (status) => `Kindbreak: ${status}`,
  breakNotification: {
    headsUp: (minutes) => ({ title: `A short break in ${minutes} min`, body: 'Finish your sentence; Kindbreak will wait for you.' }),
    due: { title: 'Time for a short break', body: 'Click here when you are ready; Kindbreak will wait.' },
  },
  dialogs: {
    exportTitle: 'Export the journal',
    importTitle: 'Import a journal backup',
    fileTypes: { markdown: 'Markdown', json: 'Kindbreak backup (JSON)', csv: 'Spreadsheet (CSV)' },
  },
  menus: { edit: 'Edit', quit: 'Quit Kindbreak', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select all' },
  notifications: {
    settingsUnreadable: (movedTo) => ({
      title: 'Kindbreak started with default settings',
      body: `Your settings file could not be read, so it was kept aside at ${movedTo}. Nothing was deleted.`,
    }),
    settingsFieldsReplaced: (fields, copyAt) => ({
      title: 'Some settings went back to their defaults',
      body: `These could not be used: ${fields.join(', ')}. The old file is kept at ${copyAt}.`,
    }),
    hotkeyUnavailable: (hotkey) => ({
      title: 'The hotkey is not available',
      body: `${hotkey} could not be registered; another app may be using it. You can choose another in Settings.`,
    }),
    unknownFlags: (flags) => ({
      title: 'Kindbreak did not recognise a flag',
      body: `Unknown: ${flags.join(' ')}. Run kindbreak --help for the list.`,
    }),
    fileSetAside: (movedTo) => ({
      title: 'Kindbreak set a file aside',
      body: `A file it could not read was kept at ${movedTo}. Nothing was deleted; Kindbreak started fresh for that part.`,
    }),
  },
}

const es: MainText = {
  tray: {
    takeBreak: 'Tomar una pausa ahora',
    breathe: 'Respirar',
    touch: 'Contacto reconfortante',
    reframe: 'Replantear un pensamiento',
    pauseBreaks: 'Pausar los descansos',
    pauseOptions: { '30m': 'Durante 30 minutos', '1h': 'Durante 1 hora', '2h': 'Durante 2 horas', tomorrow: 'Hasta mañana', indefinitely: 'Hasta que los reanude' },
    resumeBreaks: 'Reanudar los descansos',
    skipNext: 'Saltar el próximo descanso',
    journal: 'Diario',
    settings: 'Ajustes',
    quit: 'Salir de Kindbreak',
  },
  status: (status, time) => {
    switch (status.kind) {
      case 'next':
        return `Próximo descanso en ${status.minutes} min`
      case 'hours-ending':
        return `No habrá más descansos antes de que termine la jornada a las ${time(status.at)}`
      case 'snoozed':
        return `Descanso pospuesto: quedan ${status.minutes} min`
      case 'heads-up':
        return `Descanso en ${status.minutes} min`
      case 'due':
        return 'Un descanso te está esperando'
      case 'in-break':
        return 'En un descanso'
      case 'paused':
        if (status.until === null) return 'Descansos en pausa hasta que los reanudes'
        return status.minutes !== null && status.minutes * 60_000 <= PAUSE_COUNTDOWN_WITHIN_MS ? `Descansos en pausa: quedan ${status.minutes} min` : `Descansos en pausa hasta las ${time(status.until)}`
      case 'outside-hours':
        return status.resumesAt === null ? 'Fuera del horario de trabajo' : `Fuera del horario de trabajo hasta las ${time(status.resumesAt)}`
      case 'suspended':
        return 'Los descansos esperan mientras el equipo duerme'
    }
  },
  tooltip: (status) => `Kindbreak: ${status}`,
  breakNotification: {
    headsUp: (minutes) => ({ title: `Una pausa breve en ${minutes} min`, body: 'Termina tu frase; Kindbreak te esperará.' }),
    due: { title: 'Es hora de una pausa breve', body: 'Haz clic aquí cuando te venga bien; Kindbreak te espera.' },
  },
  dialogs: {
    exportTitle: 'Exportar el diario',
    importTitle: 'Importar una copia del diario',
    fileTypes: { markdown: 'Markdown', json: 'Copia de Kindbreak (JSON)', csv: 'Hoja de cálculo (CSV)' },
  },
  menus: { edit: 'Edición', quit: 'Salir de Kindbreak', undo: 'Deshacer', redo: 'Rehacer', cut: 'Cortar', copy: 'Copiar', paste: 'Pegar', selectAll: 'Seleccionar todo' },
  notifications: {
    settingsUnreadable: (movedTo) => ({
      title: 'Kindbreak se abrió con los ajustes predeterminados',
      body: `No se pudo leer tu archivo de ajustes, así que se guardó aparte en ${movedTo}. No se borró nada.`,
    }),
    settingsFieldsReplaced: (fields, copyAt) => ({
      title: 'Algunos ajustes volvieron a su valor predeterminado',
      body: `No se pudieron usar: ${fields.join(', ')}. El archivo anterior está en ${copyAt}.`,
    }),
    hotkeyUnavailable: (hotkey) => ({
      title: 'El atajo no está disponible',
      body: `No se pudo registrar ${hotkey}; quizá otra aplicación lo usa. Puedes elegir otro en Ajustes.`,
    }),
    unknownFlags: (flags) => ({
      title: 'Kindbreak no reconoció una opción',
      body: `Desconocida: ${flags.join(' ')}. Ejecuta kindbreak --help para ver la lista.`,
    }),
    fileSetAside: (movedTo) => ({
      title: 'Kindbreak guardó aparte un archivo',
      body: `Un archivo que no pudo leer quedó en ${movedTo}. No se borró nada; Kindbreak empezó de cero en esa parte.`,
    }),
  },
}

export const mainText: Record<Locale, MainText> = { en, es }
