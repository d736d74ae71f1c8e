import fc from 'fast-check'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { catalogs } from '../../electron/common/catalog'
import { touchIllustrations } from '../../renderer/src/content/touch-illustrations'
import {
  buildTouchSequence,
  defaultTouchSequenceLength,
  favouriteDurationFactor,
  touchCueIds,
  touchCues,
  type TouchCue,
} from '../../renderer/src/content/touch'

const ids = touchCues.map((cue) => cue.id)

/** Any list of ids a person might have saved: known ones (possibly repeated) and stale unknown ones. */
const favouritesArbitrary = fc.array(fc.oneof(fc.constantFrom(...ids), fc.constant('removed-in-an-update')), {
  maxLength: 12,
})
const countArbitrary = fc.integer({ min: -2, max: touchCues.length + 3 })

describe('touch cues', () => {
  it('has one cue per placement, in the declared order, with unique ids', () => {
    expect(ids).toEqual([...touchCueIds])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives every cue about twenty seconds', () => {
    for (const cue of touchCues) expect(cue.defaultSeconds).toBeGreaterThanOrEqual(15)
    for (const cue of touchCues) expect(cue.defaultSeconds).toBeLessThanOrEqual(30)
  })

  it('offers enough cues that do not touch the chest for a full default session', () => {
    expect(touchCues.filter((cue) => !cue.touchesChest).length).toBeGreaterThanOrEqual(defaultTouchSequenceLength)
  })
})

describe('buildTouchSequence', () => {
  it('puts favourites first in the order the person chose them, and lets them stay longer', () => {
    const steps = buildTouchSequence(touchCues, ['self-hug', 'hand-on-cheek'], 4)
    const shown = steps.map((step) => step.cue.id)
    expect(shown).toEqual(['self-hug', 'hand-on-cheek', 'hand-on-heart', 'both-hands-on-heart'])
    expect(steps.map((step) => step.isFavourite)).toEqual([true, true, false, false])
    expect(steps[0]?.seconds).toBe(Math.round(20 * favouriteDurationFactor))
    expect(steps[2]?.seconds).toBe(20)
  })

  it('can put chest cues last for people who prefer not to touch the chest, but keeps their favourites first', () => {
    const steps = buildTouchSequence(touchCues, ['hand-on-heart'], touchCues.length, { avoidChest: true })
    const chestFlags = steps.slice(1).map((step) => step.cue.touchesChest)
    expect(steps[0]?.cue.id).toBe('hand-on-heart')
    expect(chestFlags).toEqual([...chestFlags].sort((a, b) => Number(a) - Number(b)))
    expect(chestFlags).toContain(true)
  })

  it('never repeats a cue and never shows more than asked or than exists (property)', () => {
    fc.assert(
      fc.property(favouritesArbitrary, countArbitrary, fc.boolean(), (favourites, count, avoidChest) => {
        const steps = buildTouchSequence(touchCues, favourites, count, { avoidChest })
        const shown = steps.map((step) => step.cue.id)
        expect(new Set(shown).size).toBe(shown.length)
        expect(steps.length).toBe(Math.max(0, Math.min(count, touchCues.length)))
      }),
    )
  })

  it('shows known favourites first, in first-chosen order, each longer than its default (property)', () => {
    fc.assert(
      fc.property(favouritesArbitrary, countArbitrary, (favourites, count) => {
        const steps = buildTouchSequence(touchCues, favourites, count)
        const knownFavourites = [...new Set(favourites)].filter((id) => ids.includes(id as TouchCue['id']))
        const expectedLead = knownFavourites.slice(0, steps.length)
        expect(steps.slice(0, expectedLead.length).map((step) => step.cue.id)).toEqual(expectedLead)
        for (const step of steps) {
          expect(step.isFavourite).toBe(knownFavourites.includes(step.cue.id))
          expect(step.seconds > step.cue.defaultSeconds).toBe(step.isFavourite)
        }
      }),
    )
  })

  it('with the whole set requested, shows every cue exactly once whatever the favourites (property)', () => {
    fc.assert(
      fc.property(favouritesArbitrary, fc.boolean(), (favourites, avoidChest) => {
        const steps = buildTouchSequence(touchCues, favourites, touchCues.length, { avoidChest })
        expect(steps.map((step) => step.cue.id).sort()).toEqual([...ids].sort())
      }),
    )
  })
})

describe('touch illustrations', () => {
  it('has a drawing for every cue and nothing else', () => {
    expect(Object.keys(touchIllustrations).sort()).toEqual([...ids].sort())
  })

  it.each(touchCueIds)('%s renders as a labelled, theme-coloured line drawing', (id) => {
    const alt = catalogs.es.practices.touch.cues[id].alt
    const markup = renderToStaticMarkup(createElement(touchIllustrations[id], { alt }))
    expect(markup).toMatch(/^<svg [^>]*viewBox="0 0 120 120"/)
    expect(markup).toContain('role="img"')
    expect(markup).toContain(`aria-label="${alt}"`)
    expect(markup).toContain('stroke="currentColor"')
    // The only fills are inside masks (which hide lines behind a hand), never painted on screen.
    const visible = markup.replace(/<mask[\s\S]*?<\/mask>/g, '')
    expect(visible).not.toMatch(/fill="(?!none)/)
  })

  it('gives every mask a unique id when several drawings share a page', () => {
    const page = renderToStaticMarkup(
      createElement(
        'div',
        null,
        ...touchCues.map((cue) => createElement(touchIllustrations[cue.id], { key: cue.id, alt: catalogs.en.practices.touch.cues[cue.id].alt })),
      ),
    )
    const maskIds = [...page.matchAll(/<mask id="([^"]+)"/g)].map((match) => match[1])
    expect(maskIds.length).toBeGreaterThan(0)
    expect(new Set(maskIds).size).toBe(maskIds.length)
    for (const maskId of maskIds) expect(page).toContain(`mask="url(#${maskId})"`)
  })
})
