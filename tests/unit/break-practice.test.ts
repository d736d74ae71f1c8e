import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { library, libraryPracticeIds, type LibraryPracticeId } from '../../electron/common/library'
import { notStarted, pathLength, pathStatuses, pathWeeks, type PathState } from '../../electron/common/path'
import { pickBreakPractice, rotationFor } from '../../electron/core/break-practice'
import { guidedPracticeOf, screenForPractice } from '../../electron/common/screens'
import { defaultSettings, practiceChoices, type Settings } from '../../electron/core/settings'

const settingsWith = (breakOpens: Settings['breakOpens'], favourites: LibraryPracticeId[], breakLengthMinutes = 5, path: PathState = notStarted) => ({
  breakOpens,
  library: { favourites },
  schedule: { ...defaultSettings.schedule, breakLengthMinutes },
  path,
})

const anyPath = fc.record({ status: fc.constantFrom(...pathStatuses), week: fc.integer({ min: 1, max: pathLength }) })

describe('what a timed break opens', () => {
  it('one chosen practice opens every time, and uses no turn', () => {
    expect(pickBreakPractice(settingsWith('compassion-break', ['touch']), 7)).toEqual({ screen: 'break', rotates: false })
    expect(pickBreakPractice(settingsWith('breathe', []), 0)).toEqual({ screen: 'breathe', rotates: false })
    expect(pickBreakPractice(settingsWith('choose', ['touch']), 3)).toEqual({ screen: 'home', rotates: false })
  })

  it('favourites turn in the order they were marked, and wrap around', () => {
    const settings = settingsWith('favourites', ['body-scan', 'touch', 'mindful-seeing'])
    expect([0, 1, 2, 3, 4].map((turn) => pickBreakPractice(settings, turn).screen)).toEqual([
      'practice:body-scan', 'touch', 'practice:mindful-seeing', 'practice:body-scan', 'touch',
    ])
  })

  it('with no favourites yet, the rotation opens the self-compassion break and keeps its turn', () => {
    expect(pickBreakPractice(settingsWith('favourites', []), 4)).toEqual({ screen: 'break', rotates: false })
  })

  it('"what fits the break" never opens a practice longer than the break, and prefers favourites that fit', () => {
    const fits = rotationFor(settingsWith('fits-the-break', [], 3))
    expect(fits).toContain('body-scan')
    expect(fits).not.toContain('mindful-walk')
    expect(fits).not.toContain('compassionate-friend')
    expect(rotationFor(settingsWith('fits-the-break', ['compassionate-friend', 'touch'], 3))).toEqual(['touch'])
    expect(rotationFor(settingsWith('fits-the-break', ['compassionate-friend'], 3))).toEqual(fits)
  })

  it('any settings and any turn: a rotation opens a practice of the rotation, turns through all of it, and fits the break', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...practiceChoices),
        fc.uniqueArray(fc.constantFrom(...libraryPracticeIds), { maxLength: libraryPracticeIds.length }),
        fc.integer({ min: 1, max: 15 }),
        fc.nat(10_000),
        anyPath,
        (choice, favourites, minutes, turn, path) => {
          const settings = settingsWith(choice, favourites, minutes, path)
          const rotation = rotationFor(settings)
          const pick = pickBreakPractice(settings, turn)
          expect(pick.rotates).toBe(rotation.length > 0)
          if (rotation.length === 0) return
          expect(rotation.map(screenForPractice)).toContain(pick.screen)
          const round = rotation.map((_, offset) => pickBreakPractice(settings, turn + offset).screen)
          expect(new Set(round).size).toBe(rotation.length)
          if (path.status === 'on') {
            expect(rotation).toEqual(pathWeeks[path.week - 1]?.practices)
            return
          }
          if (choice === 'fits-the-break') {
            for (const id of rotation) expect(library.find((entry) => entry.id === id)?.minutes[0]).toBeLessThanOrEqual(minutes)
          }
        },
      ),
    )
  })
})

describe('what a timed break opens on the path', () => {
  const onWeek = (week: number): PathState => ({ status: 'on', week })

  it("on a week, a break turns through that week's practices, whatever else was chosen", () => {
    const week2 = pathWeeks[1]?.practices.map(screenForPractice)
    for (const choice of practiceChoices.filter((candidate) => candidate !== 'choose')) {
      const settings = settingsWith(choice, ['mindful-walk'], 3, onWeek(2))
      expect([0, 1, 2, 3].map((turn) => pickBreakPractice(settings, turn))).toEqual(
        [0, 1, 2, 0].map((at) => ({ screen: week2?.[at], rotates: true })),
      )
    }
  })

  it('"let me choose" still opens the start of the window', () => {
    expect(pickBreakPractice(settingsWith('choose', [], 5, onWeek(3)), 1)).toEqual({ screen: 'home', rotates: false })
  })

  it('any week, any settings and any turn: a break on the path opens a practice of that week (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...practiceChoices.filter((candidate) => candidate !== 'choose')),
        fc.integer({ min: 1, max: pathLength }),
        fc.uniqueArray(fc.constantFrom(...libraryPracticeIds), { maxLength: libraryPracticeIds.length }),
        fc.nat(10_000),
        (choice, week, favourites, turn) => {
          const pick = pickBreakPractice(settingsWith(choice, favourites, 5, onWeek(week)), turn)
          expect(pick.rotates).toBe(true)
          expect(pathWeeks[week - 1]?.practices.map(screenForPractice)).toContain(pick.screen)
        },
      ),
    )
  })

  it('paused, left, finished or not started: breaks open exactly what they would without the path (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...practiceChoices),
        fc.constantFrom(...pathStatuses.filter((status) => status !== 'on')),
        fc.integer({ min: 1, max: pathLength }),
        fc.uniqueArray(fc.constantFrom(...libraryPracticeIds), { maxLength: libraryPracticeIds.length }),
        fc.nat(10_000),
        (choice, status, week, favourites, turn) => {
          expect(pickBreakPractice(settingsWith(choice, favourites, 5, { status, week }), turn)).toEqual(
            pickBreakPractice(settingsWith(choice, favourites, 5), turn),
          )
        },
      ),
    )
  })
})

describe('practice screens', () => {
  it('each practice of the library has a screen, and each guided one is found again from its screen', () => {
    for (const id of libraryPracticeIds) {
      const screen = screenForPractice(id)
      expect(guidedPracticeOf(screen) === null || guidedPracticeOf(screen) === id).toBe(true)
    }
    expect(guidedPracticeOf('practice:body-scan')).toBe('body-scan')
    expect(guidedPracticeOf('home')).toBeNull()
  })
})
