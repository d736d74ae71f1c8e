import type { BreakStatus, PauseChoice } from '../schedule-status'

/** The tray menu's items, in the person's language. */
export interface TrayLabels {
  takeBreak: string
  breathe: string
  touch: string
  reframe: string
  pauseBreaks: string
  pauseOptions: Record<PauseChoice, string>
  resumeBreaks: string
  skipNext: string
  journal: string
  library: string
  path: string
  settings: string
  quit: string
}

/** Every sentence the main process shows (tray, notifications, dialogs, menus): one part of each catalog. */
export interface MainWords {
  tray: TrayLabels
  /** The tray's status line. `time` formats an instant as a local clock time in this language. */
  status: (status: BreakStatus, time: (at: number) => string) => string
  tooltip: (status: string) => string
  breakNotification: {
    headsUp: (minutes: number) => { title: string; body: string }
    /** A click on it opens the break (a tray may not be there to open it from). */
    due: { title: string; body: string }
  }
  /** The daily moment and a micro-pause, when they come as notifications. */
  rhythmNotification: {
    /** A click on it opens what the moment opens. */
    moment: { title: string; body: string }
    /** Its body is the micro-pause's one line. */
    microPauseTitle: string
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
