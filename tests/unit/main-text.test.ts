import { describe, expect, it } from 'vitest'
import { locales, pickLocale } from '../../electron/core/locale'
import { mainText, type MainText } from '../../electron/core/main-text'

/** An argument for each sentence that takes one, distinctive enough to find in the result. */
const samples = {
  statusEvery: 37,
  tooltip: 'STATUS-LINE',
  'notifications.settingsUnreadable': '/home/ana/.config/Kindbreak/settings.corrupt-X.json',
  'notifications.settingsFieldsReplaced': ['hotkey', 'theme'],
  'notifications.hotkeyUnavailable': 'Ctrl+Alt+Q',
  'notifications.unknownFlags': ['--brake', '--jornal'],
} satisfies Record<string, unknown>

type Leaf = { path: string; text: string }

/** Every string a person can see, with where it came from; functions are called with their sample. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (typeof value === 'function') {
    const sample = samples[path as keyof typeof samples]
    if (sample === undefined) throw new Error(`no sample argument for ${path}`)
    return leaves((value as (arg: unknown) => unknown)(sample), `${path}()`)
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key))
  }
  throw new Error(`unexpected ${typeof value} at ${path}`)
}

describe('main-process text', () => {
  it('has the same structure in every language', () => {
    const shape = (text: MainText) => leaves(text).map((leaf) => leaf.path)
    for (const locale of locales) expect(shape(mainText[locale])).toEqual(shape(mainText.en))
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
    expect(same).toEqual(['tooltip()'])
  })

  it.each(locales)('puts each argument into its sentence in %s', (locale) => {
    const text = mainText[locale]
    expect(text.statusEvery(37)).toContain('37')
    expect(text.tooltip('STATUS-LINE')).toContain('STATUS-LINE')
    expect(text.notifications.settingsUnreadable('/x/settings.corrupt-1.json').body).toContain('/x/settings.corrupt-1.json')
    const replaced = text.notifications.settingsFieldsReplaced(['hotkey', 'theme']).body
    expect(replaced).toContain('hotkey')
    expect(replaced).toContain('theme')
    expect(text.notifications.hotkeyUnavailable('Ctrl+Alt+Q').body).toContain('Ctrl+Alt+Q')
    const flags = text.notifications.unknownFlags(['--brake', '--jornal']).body
    expect(flags).toContain('--brake')
    expect(flags).toContain('--jornal')
    expect(flags).toContain('--help')
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
