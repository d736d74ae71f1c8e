import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { channels, events, requestArgs } from '../../electron/contract'
import { defaultSettings, settingsSchema } from '../../electron/core/settings'

const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success

describe('contract names', () => {
  it('gives every request a schema and every schema a request', () => {
    expect(Object.keys(requestArgs).sort()).toEqual(Object.keys(channels).sort())
  })

  it('uses each channel name once, across requests and events alike', () => {
    const names = [...Object.values(channels), ...Object.values(events)]
    expect(new Set(names).size).toBe(names.length)
  })

  it('names channels "area:action" so they cannot collide with electron-store or Electron internals', () => {
    for (const name of [...Object.values(channels), ...Object.values(events)]) expect(name).toMatch(/^[a-z]+:[a-z-]+$/)
  })
})

describe('getState and hideWindow take no arguments', () => {
  it.each(['getState', 'hideWindow'] as const)('%s accepts [] and refuses anything more', (name) => {
    expect(accepts(requestArgs[name], [])).toBe(true)
    expect(accepts(requestArgs[name], [undefined])).toBe(false)
    expect(accepts(requestArgs[name], ['home'])).toBe(false)
    expect(accepts(requestArgs[name], {})).toBe(false)
    expect(accepts(requestArgs[name], null)).toBe(false)
  })
})

describe('updateSettings takes one settings patch', () => {
  const schema = requestArgs.updateSettings

  const schedule = defaultSettings.schedule

  it.each([
    [{}],
    [{ theme: 'dark' }],
    [{ theme: 'light', motion: 'reduced', language: 'es' }],
    [{ hotkey: 'CommandOrControl+Shift+B' }],
    [{ schedule: { ...schedule, intervalMinutes: 5, breakLengthMinutes: 1 } }],
    [{ schedule: { ...schedule, intervalMinutes: 240, breakLengthMinutes: 15 } }],
    [{ hotkey: 'F9', theme: 'system', sound: { enabled: true, volume: 100 }, checkIn: false }],
  ])('accepts %o', (patch) => {
    expect(accepts(schema, [patch])).toBe(true)
  })

  it.each([
    ['an unknown key', { volume: 3 }],
    ['schemaVersion, which only main may set', { schemaVersion: 1 }],
    ['an unknown theme', { theme: 'blue' }],
    ['an unknown language', { language: 'fr' }],
    ['an interval below 5 minutes', { schedule: { ...schedule, intervalMinutes: 4 } }],
    ['an interval above 240 minutes', { schedule: { ...schedule, intervalMinutes: 241 } }],
    ['a fractional interval', { schedule: { ...schedule, intervalMinutes: 45.5 } }],
    ['an interval given as text', { schedule: { ...schedule, intervalMinutes: '45' } }],
    ['a break length of 0', { schedule: { ...schedule, breakLengthMinutes: 0 } }],
    ['a break length above 15', { schedule: { ...schedule, breakLengthMinutes: 16 } }],
    ['NaN', { schedule: { ...schedule, breakLengthMinutes: Number.NaN } }],
    ['Infinity', { sound: { enabled: true, volume: Number.POSITIVE_INFINITY } }],
    ['a volume above 100', { sound: { enabled: true, volume: 101 } }],
    ['an unknown key inside a strict group', { sound: { enabled: true, volume: 5, loud: true } }],
    ['a hotkey without a modifier', { hotkey: 'K' }],
    ['a hotkey with two keys', { hotkey: 'Ctrl+K+J' }],
    ['an empty hotkey', { hotkey: '' }],
    ['a hotkey that is far too long', { hotkey: `Ctrl+${'Alt+'.repeat(30)}K` }],
    ['a hotkey that is not text', { hotkey: 75 }],
    ['null for a field', { theme: null }],
    ['a boolean given as text', { checkIn: 'yes' }],
  ])('refuses %s', (_what, patch) => {
    expect(accepts(schema, [patch])).toBe(false)
  })

  it.each([
    ['no patch at all', []],
    ['a second argument', [{}, {}]],
    ['null instead of a patch', [null]],
    ['an array instead of a patch', [[]]],
    ['a bare object instead of the argument list', { theme: 'dark' }],
  ])('refuses %s', (_what, args) => {
    expect(accepts(schema, args)).toBe(false)
  })

  it('accepts exactly the patches that leave the settings valid (property)', () => {
    const patch = fc.record(
      {
        hotkey: fc.constantFrom('CommandOrControl+Alt+K', 'Alt+Shift+B', 'F5', 'K', 'Ctrl+', ''),
        theme: fc.constantFrom('system', 'light', 'dark', 'sepia'),
        startAtLogin: fc.oneof(fc.boolean(), fc.constantFrom(0, 'true', null)),
        sound: fc.record({ enabled: fc.boolean(), volume: fc.oneof(fc.integer({ min: -10, max: 120 }), fc.double()) }),
        schedule: fc.record({ ...Object.fromEntries(Object.entries(schedule).map(([key, value]) => [key, fc.constant(value)])), intervalMinutes: fc.integer({ min: -10, max: 300 }) }),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(patch, (candidate) => {
        const wholeIsValid = settingsSchema.safeParse({ ...defaultSettings, ...candidate }).success
        expect(accepts(schema, [candidate])).toBe(wholeIsValid)
      }),
    )
  })
})

describe('dismissNotice takes one notice id', () => {
  const schema = requestArgs.dismissNotice

  it('accepts ids of 1 to 200 characters', () => {
    expect(accepts(schema, ['settings-unreadable-1767225600000'])).toBe(true)
    expect(accepts(schema, ['x'])).toBe(true)
    expect(accepts(schema, ['x'.repeat(200)])).toBe(true)
  })

  it.each([
    ['an empty id', ['']],
    ['an id of 201 characters', ['x'.repeat(201)]],
    ['a number', [7]],
    ['no id', []],
    ['two ids', ['a', 'b']],
    ['an object', [{ id: 'a' }]],
  ])('refuses %s', (_what, args) => {
    expect(accepts(schema, args)).toBe(false)
  })
})
