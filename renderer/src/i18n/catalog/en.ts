/** English: the reference catalog. Every other language has exactly these keys (a test checks). */
export const en = {
  app: {
    name: 'Kindbreak',
    back: 'Back to the start',
    close: 'Close window',
    loading: 'Opening Kindbreak…',
    navLabel: 'Kindbreak',
  },
  home: {
    greeting: 'A little kindness, right where you are.',
    practicesHeading: 'Practices',
    practices: {
      break: { title: 'Self-compassion break', description: 'Three short steps: notice, remember you are not alone, be kind.' },
      breathe: { title: 'Breathe', description: 'Let your breath settle, at its own pace or to a gentle rhythm.' },
      touch: { title: 'Soothing touch', description: 'A warm hand can calm the body. Touch is optional; imagining works too.' },
      reframe: { title: 'Reframe a thought', description: 'Write down the harsh words, then what a good friend would say.' },
    },
    moreHeading: 'Also here',
    journal: 'Journal',
    settings: 'Settings',
    notBuilt: 'This practice is still being written. Thank you for your patience.',
  },
  notices: {
    heading: 'Something to know',
    dismiss: 'Dismiss this message',
    settingsUnreadable: (movedTo: string) =>
      `Your settings file could not be read, so Kindbreak started with its defaults. The old file is kept at ${movedTo}; nothing was deleted.`,
    settingsFieldsReplaced: (fields: string, copyAt: string) =>
      `Some settings could not be used and went back to their defaults: ${fields}. A copy of the old file is at ${copyAt}.`,
    hotkeyUnavailable: (hotkey: string) =>
      `The hotkey ${hotkey} could not be registered; another app may be using it. You can pick another below in Settings.`,
  },
  settings: {
    heading: 'Settings',
    scheduleHeading: 'Breaks',
    interval: 'Minutes between breaks',
    intervalHint: 'From 5 to 240.',
    breakLength: 'Break length in minutes',
    breakLengthHint: 'From 1 to 15.',
    hotkey: 'Hotkey that opens Kindbreak',
    hotkeyHint: 'For example CommandOrControl+Alt+K.',
    appearanceHeading: 'Appearance',
    theme: 'Theme',
    themes: { system: 'Same as the system', light: 'Light', dark: 'Dark' },
    saved: 'Saved.',
    outOfRange: (min: number, max: number) => `Please choose a whole number from ${min} to ${max}.`,
    notSaved: (reason: string) => `Not saved: ${reason}`,
  },
}

export type Catalog = typeof en
