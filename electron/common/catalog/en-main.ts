import { PAUSE_COUNTDOWN_WITHIN_MS } from '../schedule-status'
import type { MainWords } from './main-words'

/** English: what the main process shows (tray, notifications, dialogs, menus), in its own file so the main bundle carries only these. */
export const enMain: MainWords = {
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
    library: 'All practices',
    path: 'A gentle path',
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
      case 'held':
        return { call: 'Break waiting: you are in a call', 'do-not-disturb': 'Break waiting: Do Not Disturb is on', fullscreen: 'Break waiting: another app fills the screen' }[status.reason]
    }
  },
  tooltip: (status) => `Kindbreak: ${status}`,
  breakNotification: {
    headsUp: (minutes) => ({ title: `A short break in ${minutes} min`, body: 'Finish your sentence; Kindbreak will wait for you.' }),
    due: { title: 'Time for a short break', body: 'Click here when you are ready; Kindbreak will wait.' },
  },
  rhythmNotification: {
    moment: { title: 'Your daily moment', body: 'Click here when you are ready; it will wait for you.' },
    microPauseTitle: 'A breath',
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
