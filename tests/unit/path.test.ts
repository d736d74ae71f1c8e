import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { catalogs } from '../../electron/common/catalog'
import { libraryPracticeIds } from '../../electron/common/library'
import { locales } from '../../electron/common/locale'
import {
  activePathWeek,
  choosePath,
  notStarted,
  pathChoices,
  pathLength,
  pathStatuses,
  pathWeekIds,
  pathWeeks,
  type PathChoice,
  type PathState,
} from '../../electron/common/path'
import { defaultSettings, settingsSchema } from '../../electron/core/settings'

const allChoices: PathChoice[] = ['start', 'next', 'back', 'pause', 'continue', 'leave']
const weekOf = (id: string) => pathWeeks.findIndex((week) => week.practices.includes(id as never)) + 1

describe('the path as data', () => {
  it('is eight weeks, in the order of their ids, each suggesting two or three different practices of the library', () => {
    expect(pathLength).toBe(8)
    expect(pathWeeks.map((week) => week.id)).toEqual([...pathWeekIds])
    for (const week of pathWeeks) {
      expect(week.practices.length, week.id).toBeGreaterThanOrEqual(2)
      expect(week.practices.length, week.id).toBeLessThanOrEqual(3)
      expect(new Set(week.practices).size, week.id).toBe(week.practices.length)
      for (const id of week.practices) expect(libraryPracticeIds).toContain(id)
    }
  })

  it('builds: it begins with the self-compassion break, and meets hard feelings only after a way back that is not the breath', () => {
    expect(pathWeeks[0]?.practices[0]).toBe('compassion-break')
    expect(weekOf('soles-of-the-feet')).toBeGreaterThan(0)
    expect(weekOf('soften-soothe-allow')).toBeGreaterThan(weekOf('soles-of-the-feet'))
    expect(weekOf('giving-and-receiving')).toBeGreaterThan(weekOf('loving-kindness'))
  })

  it.each(locales)('every week is worded in %s: a title and an introduction of two to four sentences', (locale) => {
    const words = catalogs[locale].path.weeks
    expect(Object.keys(words).sort()).toEqual([...pathWeekIds].sort())
    for (const id of pathWeekIds) {
      expect(words[id].title.trim(), `${locale} ${id}`).not.toBe('')
      const sentences = words[id].intro.split(/(?<=[.!?…”»])\s+(?=[A-ZÁÉÍÓÚÑ¿¡«“])/u)
      expect(sentences.length, `${locale} ${id}: ${words[id].intro}`).toBeGreaterThanOrEqual(2)
      expect(sentences.length, `${locale} ${id}: ${words[id].intro}`).toBeLessThanOrEqual(4)
    }
  })

  it('never names the program it is inspired by, nor its authors', () => {
    for (const locale of locales) {
      expect(JSON.stringify(catalogs[locale].path)).not.toMatch(/mindful self-compassion|\bMSC\b|autocompasión consciente|Neff|Germer/i)
    }
  })
})

describe('moving along the path', () => {
  it('starts on week 1 and moves on only by choice, week 8 finishing it', () => {
    let state = choosePath(notStarted, 'start')
    expect(state).toEqual({ status: 'on', week: 1 })
    for (let week = 2; week <= pathLength; week += 1) {
      state = choosePath(state, 'next')
      expect(state).toEqual({ status: 'on', week })
    }
    state = choosePath(state, 'next')
    expect(state).toEqual({ status: 'completed', week: 8 })
    expect(pathChoices(state)).toEqual(['start'])
    expect(choosePath(state, 'start')).toEqual({ status: 'on', week: 1 })
  })

  it('goes back a week, but not before the first', () => {
    expect(choosePath({ status: 'on', week: 3 }, 'back')).toEqual({ status: 'on', week: 2 })
    expect(pathChoices({ status: 'on', week: 1 })).not.toContain('back')
    expect(choosePath({ status: 'on', week: 1 }, 'back')).toEqual({ status: 'on', week: 1 })
  })

  it('pausing and going on keep the week; leaving keeps it too, so rejoining is where the person was', () => {
    const paused = choosePath({ status: 'on', week: 2 }, 'pause')
    expect(paused).toEqual({ status: 'paused', week: 2 })
    expect(choosePath(paused, 'continue')).toEqual({ status: 'on', week: 2 })
    const left = choosePath(paused, 'leave')
    expect(left).toEqual({ status: 'left', week: 2 })
    expect(pathChoices(left)).toEqual(['continue', 'start'])
    expect(choosePath(left, 'continue')).toEqual({ status: 'on', week: 2 })
    expect(choosePath(left, 'start')).toEqual({ status: 'on', week: 1 })
  })

  it('only a week on the path (not paused, left or finished) is active', () => {
    expect(activePathWeek({ status: 'on', week: 4 })?.id).toBe('kind-voice')
    for (const status of pathStatuses.filter((candidate) => candidate !== 'on')) expect(activePathWeek({ status, week: 4 })).toBeNull()
  })

  it('any choices in any order: the state stays one the settings accept, a week moves by at most one, and only by start, next or back (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...allChoices), { maxLength: 40 }), (choices) => {
        let state: PathState = notStarted
        for (const choice of choices) {
          const next = choosePath(state, choice)
          expect(settingsSchema.safeParse({ ...defaultSettings, path: next }).success).toBe(true)
          if (!pathChoices(state).includes(choice)) expect(next).toBe(state)
          if (next.week !== state.week) {
            expect(['start', 'next', 'back']).toContain(choice)
            if (choice !== 'start') expect(Math.abs(next.week - state.week)).toBe(1)
          }
          state = next
        }
      }),
    )
  })
})
