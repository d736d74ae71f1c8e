import { describe, expect, it } from 'vitest'
import { catalogs } from '../../electron/common/catalog'
import { locales, pickLocale } from '../../electron/common/locale'
import { mainText, type MainText } from '../../electron/common/catalog/main-index'
import type { SchedulerStatus } from '../../electron/core/scheduler'

const clockTime = (at: number) => `<${at}>`
const statuses: SchedulerStatus[] = [
  { kind: 'next', at: 1, minutes: 37 },
  { kind: 'hours-ending', at: 2, minutes: 20 },
  { kind: 'snoozed', until: 3, minutes: 4 },
  { kind: 'heads-up', at: 4, minutes: 1 },
  { kind: 'due' },
  { kind: 'in-break', since: 5 },
  { kind: 'paused', until: null, minutes: null },
  { kind: 'paused', until: 6, minutes: 30 },
  { kind: 'paused', until: 7, minutes: 600 },
  { kind: 'outside-hours', resumesAt: null, minutes: null },
  { kind: 'outside-hours', resumesAt: 8, minutes: 90 },
  { kind: 'suspended' },
]

/** The arguments each sentence that takes some is tried with, distinctive enough to find in the result. */
const samples: Record<string, unknown[][]> = {
  status: statuses.map((status) => [status, clockTime]),
  tooltip: [['STATUS-LINE']],
  'breakNotification.headsUp': [[2]],
  'notifications.settingsUnreadable': [['/home/ana/.config/Kindbreak/settings.corrupt-X.json']],
  'notifications.settingsFieldsReplaced': [[['hotkey', 'theme']]],
  'notifications.hotkeyUnavailable': [['Ctrl+Alt+Q']],
  'notifications.unknownFlags': [[['--brake', '--jornal']]],
  'notifications.fileSetAside': [['/home/ana/.config/Kindbreak/schedule.corrupt-X.json']],
}

type Leaf = { path: string; text: string }

/** Every string a person can see, with where it came from; functions are called with each of their samples. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (typeof value === 'function') {
    const tries = samples[path]
    if (!tries) throw new Error(`no sample arguments for ${path}: add some to this test`)
    return tries.flatMap((args, index) => leaves((value as (...a: unknown[]) => unknown)(...args), `${path}(${index})`))
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key))
  }
  throw new Error(`unexpected ${typeof value} at ${path}`)
}

describe('main-process text', () => {
  it('has the same structure in every language', () => {
    // A list of phrases is the language's own: only that it is a list counts, not how long it is.
    const shape = (text: MainText) => [...new Set(leaves(text).map((leaf) => leaf.path.replace(/\.\d+(?=\.|$)/g, '[]')))]
    for (const locale of locales) expect(shape(mainText[locale])).toEqual(shape(mainText.en))
  })

  it('carries the shared words (default phrases, chips, crisis lines), the very ones the window shows', () => {
    for (const locale of locales) expect(mainText[locale].shared).toBe(catalogs[locale].shared)
    expect(leaves(mainText.es).map((leaf) => leaf.path)).toContain('shared.phrases.kindness.0')
  })

  it.each(locales)('has no empty or untrimmed sentence in %s', (locale) => {
    for (const { path, text } of leaves(mainText[locale])) {
      expect(text, path).not.toBe('')
      expect(text, path).toBe(text.trim())
    }
  })

  it.each(locales)('really translates: no sentence in %s is the English one, except names', (locale) => {
    if (locale === 'en') return
    const english = new Map(leaves(mainText.en).map((leaf) => [leaf.path, leaf.text]))
    const same = leaves(mainText[locale]).filter((leaf) => english.get(leaf.path) === leaf.text).map((leaf) => leaf.path)
    // Names stay as they are: the app's (in the tooltip), a file format's, and a country Spanish writes the same.
    expect(same).toEqual(['tooltip(0)', 'dialogs.fileTypes.markdown', 'shared.crisisLines.lifeline-australia.region'])
  })

  it.each(locales)('puts each argument into its sentence in %s', (locale) => {
    const text = mainText[locale]
    for (const status of statuses) {
      const line = text.status(status, clockTime)
      if ('minutes' in status && status.minutes !== null && !line.includes('<')) expect(line).toContain(String(status.minutes))
    }
    expect(text.status({ kind: 'paused', until: 7, minutes: 600 }, clockTime)).toContain('<7>')
    expect(text.status({ kind: 'outside-hours', resumesAt: 8, minutes: 90 }, clockTime)).toContain('<8>')
    expect(text.status({ kind: 'hours-ending', at: 2, minutes: 20 }, clockTime)).toContain('<2>')
    expect(text.breakNotification.headsUp(2).title).toContain('2')
    expect(text.notifications.fileSetAside('/x/schedule.corrupt-1.json').body).toContain('/x/schedule.corrupt-1.json')
    expect(text.tooltip('STATUS-LINE')).toContain('STATUS-LINE')
    expect(text.notifications.settingsUnreadable('/x/settings.corrupt-1.json').body).toContain('/x/settings.corrupt-1.json')
    const replaced = text.notifications.settingsFieldsReplaced(['hotkey', 'theme'], '/x/settings.before-repair-1.json').body
    expect(replaced).toContain('/x/settings.before-repair-1.json')
    expect(replaced).toContain('hotkey')
    expect(replaced).toContain('theme')
    expect(text.notifications.hotkeyUnavailable('Ctrl+Alt+Q').body).toContain('Ctrl+Alt+Q')
    const flags = text.notifications.unknownFlags(['--brake', '--jornal']).body
    expect(flags).toContain('--brake')
    expect(flags).toContain('--jornal')
    expect(flags).toContain('--help')
  })

  it.each(locales)('says something different for each break status in %s', (locale) => {
    const lines = statuses.map((status) => mainText[locale].status(status, clockTime))
    expect(new Set(lines).size).toBe(statuses.length)
  })

  it('never claims to cure or treat anything, and never names the program it is inspired by', () => {
    const everything = locales.flatMap((locale) => leaves(mainText[locale]).map((leaf) => leaf.text)).join('\n')
    expect(everything).not.toMatch(/\bMSC\b|Mindful Self-Compassion|cure|therapy|terapia|diagnos/i)
  })
})

describe('pickLocale', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es_ES', 'es'],
    ['ES-419', 'es'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['pt-BR', 'en'],
    ['esperanto', 'en'],
    ['', 'en'],
  ])('maps %j to %s', (system, locale) => {
    expect(pickLocale(system)).toBe(locale)
  })
})
