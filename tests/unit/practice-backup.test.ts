import fc from 'fast-check'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { pathLength, pathStatuses } from '../../electron/common/path'
import { readJournalBackup, toJsonBackup } from '../../electron/core/journal'
import { practiceOf, practiceParts, practiceToRestore } from '../../electron/core/practice-backup'
import { applySettingsPatch, defaultSettings, type Settings } from '../../electron/core/settings'
import { removeTempFolders, startJournal, tempFolder } from './fixtures/journal-harness'

afterEach(removeTempFolders)

/** Someone three weeks into the path, with an evening moment and micro-pauses every 15 minutes. */
const practised: Settings = applySettingsPatch(defaultSettings, {
  path: { status: 'on', week: 3 },
  schedule: {
    ...defaultSettings.schedule,
    dailyMoment: { enabled: true, time: '21:00', opens: 'good-things', onlyWorkingHours: false },
    microPauses: { enabled: true, everyMinutes: 15 },
  },
})

/** The practice as it comes out of a backup file: written by toJsonBackup, read back by readJournalBackup. */
function throughBackupFile(settings: Settings): unknown {
  const reading = readJournalBackup(toJsonBackup([], 1_700_000_000_000, practiceOf(settings)))
  if (!reading.ok) throw new Error(`refused: ${reading.refusal}`)
  return reading.practice
}

describe('the practice in a backup', () => {
  it('comes back whole on a computer where nothing of it is set yet', () => {
    const { patch, restored, unreadable } = practiceToRestore(defaultSettings, throughBackupFile(practised))
    expect(restored).toEqual(['path', 'dailyMoment', 'microPauses'])
    expect(unreadable).toEqual([])
    expect(practiceOf(applySettingsPatch(defaultSettings, patch))).toEqual(practiceOf(practised))
  })

  it('changes nothing from a backup written before it carried a practice', () => {
    const reading = readJournalBackup(JSON.stringify({ format: 'kindbreak-journal', formatVersion: 1, exportedAt: 0, entries: [] }))
    expect(reading.ok && reading.practice).toBeUndefined()
    expect(practiceToRestore(defaultSettings, undefined)).toEqual({ patch: {}, restored: [], unreadable: [] })
  })

  it('names a part it cannot read and leaves this computer as it is, bringing back the rest', () => {
    const damaged = { ...practiceOf(practised), path: { status: 'on', week: pathLength + 5 }, microPauses: 'often' }
    const { patch, restored, unreadable } = practiceToRestore(defaultSettings, damaged)
    expect(unreadable).toEqual(['path', 'microPauses'])
    expect(restored).toEqual(['dailyMoment'])
    expect(patch.path).toBeUndefined()
    expect(patch.schedule?.microPauses).toEqual(defaultSettings.schedule.microPauses)
  })

  it('leaves a path the person is on here, and a rhythm they set here, exactly as they are', () => {
    const here = applySettingsPatch(defaultSettings, {
      path: { status: 'paused', week: 6 },
      schedule: { ...defaultSettings.schedule, dailyMoment: { enabled: true, time: '07:30', opens: 'breathe', onlyWorkingHours: true } },
    })
    const { patch, restored } = practiceToRestore(here, throughBackupFile(practised))
    expect(restored).toEqual(['microPauses'])
    const after = applySettingsPatch(here, patch)
    expect(after.path).toEqual(here.path)
    expect(after.schedule.dailyMoment).toEqual(here.schedule.dailyMoment)
    expect(after.schedule.microPauses).toEqual(practised.schedule.microPauses)
  })

  it('never changes a part this computer already has, and changes exactly the parts it says it restored (property)', () => {
    const anyPath = fc.record({ status: fc.constantFrom(...pathStatuses), week: fc.integer({ min: 1, max: pathLength }) })
    const anyMoment = fc.record({
      enabled: fc.boolean(),
      time: fc.constantFrom('06:00', '09:30', '21:45'),
      opens: fc.constantFrom('journal', 'good-things', 'letter', 'breathe' as const),
      onlyWorkingHours: fc.boolean(),
    })
    const anyPauses = fc.record({ enabled: fc.boolean(), everyMinutes: fc.integer({ min: 10, max: 60 }) })
    const anySettings = fc.record({ path: anyPath, dailyMoment: anyMoment, microPauses: anyPauses }).map(({ path: pathState, dailyMoment, microPauses }) =>
      applySettingsPatch(defaultSettings, { path: pathState, schedule: { ...defaultSettings.schedule, dailyMoment, microPauses } }),
    )
    fc.assert(
      fc.property(anySettings, anySettings, (here, backedUp) => {
        const { patch, restored } = practiceToRestore(here, throughBackupFile(backedUp))
        const before = practiceOf(here)
        const after = practiceOf(applySettingsPatch(here, patch))
        const given = { path: here.path.status !== 'not-started', dailyMoment: here.schedule.dailyMoment.enabled, microPauses: here.schedule.microPauses.enabled }
        for (const part of practiceParts) {
          if (given[part]) expect(after[part]).toEqual(before[part])
          expect(restored.includes(part)).toBe(JSON.stringify(after[part]) !== JSON.stringify(before[part]))
          if (restored.includes(part)) expect(after[part]).toEqual(practiceOf(backedUp)[part])
        }
        // Everything else is untouched.
        expect({ ...applySettingsPatch(here, patch), path: here.path, schedule: here.schedule }).toEqual(here)
      }),
    )
  })
})

describe('through the journal feature', () => {
  it('writes the practice into the JSON backup only, and an import into a fresh start brings it back and says so', async () => {
    const source = startJournal(tempFolder())
    source.setSettings(practised)
    const out = tempFolder()
    const files = { json: path.join(out, 'backup.json'), markdown: path.join(out, 'journal.md'), csv: path.join(out, 'journal.csv') }
    for (const format of ['json', 'markdown', 'csv'] as const) {
      source.dialogs.save.push(files[format])
      await source.journal.handlers.exportJournal({ format })
    }
    expect(JSON.parse(fs.readFileSync(files.json, 'utf8')).practice).toEqual(practiceOf(practised))
    expect(fs.readFileSync(files.markdown, 'utf8')).not.toContain('21:00')
    expect(fs.readFileSync(files.csv, 'utf8')).not.toContain('21:00')

    let target: Settings = defaultSettings
    const fresh = startJournal(tempFolder(), { settings: () => target, saveSettings: (patch) => (target = applySettingsPatch(target, patch)) })
    fresh.dialogs.open.push(files.json)
    expect(await fresh.journal.handlers.importJournal()).toMatchObject({ ok: true, practice: { restored: ['path', 'dailyMoment', 'microPauses'], unreadable: [] } })
    expect(practiceOf(target)).toEqual(practiceOf(practised))
  })
})
