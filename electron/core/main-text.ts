import type { Locale } from './locale'
import type { TrayLabels } from './tray-menu'

/** Every sentence the main process shows (tray, notifications), in each language. */
export interface MainText {
  tray: TrayLabels
  statusEvery: (minutes: number) => string
  tooltip: (status: string) => string
  notifications: {
    settingsUnreadable: (movedTo: string) => { title: string; body: string }
    settingsFieldsReplaced: (fields: string[]) => { title: string; body: string }
    hotkeyUnavailable: (hotkey: string) => { title: string; body: string }
    unknownFlags: (flags: string[]) => { title: string; body: string }
  }
}

const en: MainText = {
  tray: {
    takeBreak: 'Take a break now',
    breathe: 'Breathe',
    touch: 'Soothing touch',
    reframe: 'Reframe a thought',
    pauseBreaks: 'Pause breaks',
    pauseOptions: [
      { label: 'For 30 minutes' }, { label: 'For 1 hour' }, { label: 'For 2 hours' },
      { label: 'Until tomorrow' }, { label: 'Until I resume' },
    ],
    skipNext: 'Skip next break',
    journal: 'Journal',
    settings: 'Settings',
    quit: 'Quit Kindbreak',
  },
  statusEvery: (minutes) => `A break every ${minutes} min`,
  tooltip: (status) => `Kindbreak: ${status}`,
  notifications: {
    settingsUnreadable: (movedTo) => ({
      title: 'Kindbreak started with default settings',
      body: `Your settings file could not be read, so it was kept aside at ${movedTo}. Nothing was deleted.`,
    }),
    settingsFieldsReplaced: (fields) => ({
      title: 'Some settings went back to their defaults',
      body: `These could not be used: ${fields.join(', ')}. A copy of the old file was kept beside it.`,
    }),
    hotkeyUnavailable: (hotkey) => ({
      title: 'The hotkey is not available',
      body: `${hotkey} could not be registered; another app may be using it. You can choose another in Settings.`,
    }),
    unknownFlags: (flags) => ({
      title: 'Kindbreak did not recognise a flag',
      body: `Unknown: ${flags.join(' ')}. Run kindbreak --help for the list.`,
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
    pauseOptions: [
      { label: 'Durante 30 minutos' }, { label: 'Durante 1 hora' }, { label: 'Durante 2 horas' },
      { label: 'Hasta mañana' }, { label: 'Hasta que los reanude' },
    ],
    skipNext: 'Saltar el próximo descanso',
    journal: 'Diario',
    settings: 'Ajustes',
    quit: 'Salir de Kindbreak',
  },
  statusEvery: (minutes) => `Un descanso cada ${minutes} min`,
  tooltip: (status) => `Kindbreak: ${status}`,
  notifications: {
    settingsUnreadable: (movedTo) => ({
      title: 'Kindbreak se abrió con los ajustes predeterminados',
      body: `No se pudo leer tu archivo de ajustes, así que se guardó aparte en ${movedTo}. No se borró nada.`,
    }),
    settingsFieldsReplaced: (fields) => ({
      title: 'Algunos ajustes volvieron a su valor predeterminado',
      body: `No se pudieron usar: ${fields.join(', ')}. Se guardó una copia del archivo anterior a su lado.`,
    }),
    hotkeyUnavailable: (hotkey) => ({
      title: 'El atajo no está disponible',
      body: `No se pudo registrar ${hotkey}; quizá otra aplicación lo usa. Puedes elegir otro en Ajustes.`,
    }),
    unknownFlags: (flags) => ({
      title: 'Kindbreak no reconoció una opción',
      body: `Desconocida: ${flags.join(' ')}. Ejecuta kindbreak --help para ver la lista.`,
    }),
  },
}

export const mainText: Record<Locale, MainText> = { en, es }
