import type { Catalog } from './en'

export const es: Catalog = {
  app: {
    name: 'Kindbreak',
    back: 'Volver al inicio',
    close: 'Cerrar la ventana',
    loading: 'Abriendo Kindbreak…',
    navLabel: 'Kindbreak',
  },
  home: {
    greeting: 'Un poco de amabilidad, justo donde estás.',
    practicesHeading: 'Prácticas',
    practices: {
      break: { title: 'Pausa de autocompasión', description: 'Tres pasos breves: darte cuenta, recordar que no te pasa solo a ti, tratarte con amabilidad.' },
      breathe: { title: 'Respirar', description: 'Deja que la respiración se asiente, a su ritmo o con un compás suave.' },
      touch: { title: 'Contacto reconfortante', description: 'Una mano cálida puede calmar el cuerpo. Tocar es opcional; imaginarlo también sirve.' },
      reframe: { title: 'Replantear un pensamiento', description: 'Escribe las palabras duras y luego lo que te diría un buen amigo.' },
    },
    moreHeading: 'También aquí',
    journal: 'Diario',
    settings: 'Ajustes',
    notBuilt: 'Esta práctica todavía se está escribiendo. Gracias por tu paciencia.',
  },
  notices: {
    heading: 'Algo que conviene saber',
    dismiss: 'Descartar este mensaje',
    settingsUnreadable: (movedTo) =>
      `No se pudo leer tu archivo de ajustes, así que Kindbreak empezó con los valores predeterminados. El archivo anterior está en ${movedTo}; no se borró nada.`,
    settingsFieldsReplaced: (fields, copyAt) =>
      `Algunos ajustes no se pudieron usar y volvieron a su valor predeterminado: ${fields}. Hay una copia del archivo anterior en ${copyAt}.`,
    hotkeyUnavailable: (hotkey) =>
      `No se pudo registrar el atajo ${hotkey}; quizá otra aplicación lo usa. Puedes elegir otro en Ajustes.`,
  },
  settings: {
    heading: 'Ajustes',
    scheduleHeading: 'Descansos',
    interval: 'Minutos entre descansos',
    intervalHint: 'De 5 a 240.',
    breakLength: 'Duración del descanso en minutos',
    breakLengthHint: 'De 1 a 15.',
    hotkey: 'Atajo que abre Kindbreak',
    hotkeyHint: 'Por ejemplo CommandOrControl+Alt+K.',
    appearanceHeading: 'Apariencia',
    theme: 'Tema',
    themes: { system: 'Igual que el sistema', light: 'Claro', dark: 'Oscuro' },
    saved: 'Guardado.',
    outOfRange: (min, max) => `Elige un número entero entre ${min} y ${max}.`,
    notSaved: (reason) => `No se guardó: ${reason}`,
  },
}
