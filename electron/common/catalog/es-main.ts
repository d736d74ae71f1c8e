import { PAUSE_COUNTDOWN_WITHIN_MS } from '../schedule-status'
import type { MainWords } from './main-words'

/** Spanish: what the main process shows (tray, notifications, dialogs, menus), in its own file so the main bundle carries only these. */
export const esMain: MainWords = {
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
    library: 'Todas las prácticas',
    path: 'Un camino amable',
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
      case 'held':
        return { call: 'Descanso en espera: estás en una llamada', 'do-not-disturb': 'Descanso en espera: No molestar está activado', fullscreen: 'Descanso en espera: otra aplicación ocupa la pantalla' }[status.reason]
    }
  },
  tooltip: (status) => `Kindbreak: ${status}`,
  breakNotification: {
    headsUp: (minutes) => ({ title: `Una pausa breve en ${minutes} min`, body: 'Termina tu frase; Kindbreak te esperará.' }),
    due: { title: 'Es hora de una pausa breve', body: 'Haz clic aquí cuando te venga bien; Kindbreak te espera.' },
  },
  rhythmNotification: {
    moment: { title: 'Tu momento del día', body: 'Haz clic aquí cuando te venga bien; te espera.' },
    microPauseTitle: 'Una respiración',
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
