// The breathing guide, end to end: the real built app in Chromium, with Playwright's page clock frozen so
// that time moves only when the test says. Phase announcements are recorded as the live region changes
// (a MutationObserver installed by the test reads performance.now(), the same clock the app paces from),
// and compared with boundaries worked out from the patterns as written in the issue (bench/breathing-page.mjs),
// independently of the app's own timeline code.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { breathsWithin, expectedAnnouncements, presets, readBreathing, recordBreathing } from '../../bench/breathing-page.mjs'
import { axeViolations } from './axe.mjs'
import { openFromTray, readSettingsFile, withApp } from './support.mjs'

const now = Date.UTC(2025, 0, 6, 10, 0, 0)
const fiveMinutes = 5 * 60_000
const toleranceMs = 50

async function openBreathe(app) {
  const page = await openFromTray(app, 'Breathe')
  await page.getByRole('heading', { level: 1, name: 'Breathe' }).waitFor()
  return page
}

/**
 * Stops the page clock's real-time flow: from here on performance.now() moves only through runFor, so the
 * session starts, and every frame falls, at instants the test chooses.
 */
async function freezeClock(page) {
  const pageNow = await page.evaluate(() => Date.now())
  await page.clock.pauseAt(pageNow + 1_000)
}

/** Presses Start. */
const start = (page) => page.getByRole('button', { name: 'Start', exact: true }).click()

function assertFollows(announced, expected, what) {
  assert.deepEqual(announced.map((entry) => entry.text), expected.map((entry) => entry.text), `${what}: the phases in order`)
  announced.forEach((entry, index) => {
    const lateBy = entry.atMs - expected[index].atMs
    assert.ok(lateBy >= 0 && lateBy <= toleranceMs, `${what}: "${entry.text}" #${index} announced ${lateBy.toFixed(1)} ms from its boundary at ${expected[index].atMs} ms`)
  })
}

for (const preset of presets) {
  test(`${preset.name}: five minutes of announced phases, each within ${toleranceMs} ms of its boundary, then the closing`, async () => {
    await withApp({ now }, async (app) => {
      const page = await openBreathe(app)
      await page.getByRole('radio', { name: preset.name }).check()
      await page.getByRole('radio', { name: '5 minutes' }).check()
      await freezeClock(page)
      await recordBreathing(page)
      await start(page)
      await page.clock.runFor(fiveMinutes - 1_000)
      assert.equal(await page.locator('.breathe-closing').count(), 0, 'still breathing a second before the end')
      await page.clock.runFor(1_000 + 100)
      const { announced, closedAtMs } = await readBreathing(page)
      assertFollows(announced, expectedAnnouncements(preset.phases, fiveMinutes), preset.name)
      assert.ok(closedAtMs !== null && closedAtMs >= fiveMinutes && closedAtMs - fiveMinutes <= toleranceMs, `closing at ${closedAtMs} ms`)
      await page.getByRole('heading', { name: 'Breathing finished' }).waitFor()
      await page.getByText(`${breathsWithin(preset.phases, fiveMinutes)} breaths`, { exact: true }).waitFor()
    })
  })
}

test('Custom: the seconds typed are the seconds breathed, and impossible values are explained inline', async () => {
  await withApp({ now }, async (app) => {
    const page = await openBreathe(app)
    await page.getByRole('radio', { name: 'Custom' }).check()
    const breatheIn = page.getByRole('textbox', { name: 'Breathe in', exact: true })
    const holdIn = page.getByRole('textbox', { name: 'Hold after breathing in' })
    const breatheOut = page.getByRole('textbox', { name: 'Breathe out', exact: true })
    const holdOut = page.getByRole('textbox', { name: 'Hold after breathing out' })
    const problemOf = async (field) => {
      const ids = (await field.getAttribute('aria-describedby')).split(' ')
      return page.locator(`[id="${ids[0]}"]`).textContent()
    }
    await breatheIn.fill('0.5')
    await breatheIn.blur()
    assert.equal(await breatheIn.getAttribute('aria-invalid'), 'true')
    assert.equal(await problemOf(breatheIn), 'Breathing in or out needs at least 1 second.')
    await holdIn.fill('21')
    await holdIn.blur()
    assert.equal(await problemOf(holdIn), '20 seconds is the longest a part can be.')
    await breatheOut.fill('4.3')
    await breatheOut.blur()
    assert.equal(await problemOf(breatheOut), 'Please use whole or half seconds, like 4 or 4.5.')
    await holdOut.fill('soon')
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await page.getByRole('alert').filter({ hasText: 'Please check your pattern above' }).waitFor()
    assert.equal(await problemOf(holdOut), 'Please enter a number of seconds, like 4 or 4.5.', 'shown once Start was tried')
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'custom-in', 'focus goes to the first field to fix')
    assert.equal(await page.locator('.breathe-session').count(), 0, 'nothing started')

    await breatheIn.fill('3.5')
    await holdIn.fill('1')
    await breatheOut.fill('5')
    await holdOut.fill('0,5')
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 0, 'a decimal comma is fine too')
    await page.getByRole('radio', { name: '5 minutes' }).check()
    await freezeClock(page)
    await recordBreathing(page)
    await start(page)
    await page.clock.runFor(fiveMinutes + 100)
    const { announced } = await readBreathing(page)
    assertFollows(announced, expectedAnnouncements([['Breathe in', 3.5], ['Hold', 1], ['Breathe out', 5], ['Hold', 0.5]], fiveMinutes), 'custom')
    assert.deepEqual(readSettingsFile(app.userDataDir).breathing.custom, { in: 3.5, 'hold-in': 1, out: 5, 'hold-out': 0.5 })
  })
})

test('pausing stops the guide where it is; resuming carries on as if no time had passed', async () => {
  await withApp({ now }, async (app) => {
    const page = await openBreathe(app)
    await page.getByRole('radio', { name: 'Box 4-4-4-4' }).check()
    await page.getByRole('radio', { name: '1 minute' }).check()
    await freezeClock(page)
    await recordBreathing(page)
    await start(page)
    await page.clock.runFor(10_000)
    await page.keyboard.press('Space')
    await page.getByText('Paused. Resume whenever you are ready.').waitFor()
    const pausedShape = await page.locator('.breathe-shape').evaluate((shape) => shape.style.transform)
    await page.clock.runFor(7_000)
    assert.equal((await readBreathing(page)).announced.length, 3, 'nothing announced while paused')
    assert.equal(await page.locator('.breathe-shape').evaluate((shape) => shape.style.transform), pausedShape, 'the shape waits too')
    // Space from outside any button does the same as the button.
    await page.locator('.breathe-stage').click()
    await page.keyboard.press('Space')
    await page.getByRole('button', { name: 'Pause' }).waitFor()
    await page.clock.runFor(60_000 - 10_000 + 100)
    const { announced, closedAtMs } = await readBreathing(page)
    const pausedMs = 7_000
    const expected = expectedAnnouncements(presets[0].phases, 60_000).map((entry) => ({ ...entry, atMs: entry.atMs + (entry.atMs >= 10_000 ? pausedMs : 0) }))
    assertFollows(announced, expected, 'paused for 7 s')
    assert.ok(closedAtMs - (60_000 + pausedMs) >= 0 && closedAtMs - (60_000 + pausedMs) <= toleranceMs, 'ends 7 s later than it would have')
  })
})

test('with reduced motion the circle stays still and only its colour breathes, on exactly the same timing', async () => {
  for (const launch of [{ settings: { schemaVersion: 1, motion: 'reduced' } }, { reducedMotion: 'reduce' }]) {
    await withApp({ now, ...launch }, async (app) => {
      const page = await openBreathe(app)
      await page.getByRole('radio', { name: '4-7-8' }).check()
      await page.getByRole('radio', { name: '1 minute' }).check()
      await freezeClock(page)
      await recordBreathing(page)
      await start(page)
      const looks = []
      for (let step = 0; step < 8; step += 1) {
        await page.clock.runFor(1_700)
        looks.push(await page.locator('.breathe-shape').evaluate((shape) => ({ transform: shape.style.transform, glow: Number(shape.firstElementChild.style.opacity) })))
      }
      assert.deepEqual(new Set(looks.map((look) => look.transform)), new Set(['scale(1)']), 'no growing or shrinking')
      assert.ok(new Set(looks.map((look) => look.glow.toFixed(2))).size >= 4, 'the colour changes with the breath')
      await page.clock.runFor(60_000)
      const { announced } = await readBreathing(page)
      assertFollows(announced, expectedAnnouncements(presets[1].phases, 60_000), `reduced motion (${JSON.stringify(launch)})`)
    })
  }
})

test('natural rhythm paces nothing: no phases announced, a slow anchor, our own words, and the hand-on-heart cue', async () => {
  await withApp({ now }, async (app) => {
    const page = await openBreathe(app)
    await page.getByRole('radio', { name: 'Natural rhythm' }).check()
    await page.getByRole('radio', { name: '1 minute' }).check()
    await page.getByRole('checkbox', { name: 'Show a reminder to rest a hand on your heart' }).check()
    assert.equal(await page.getByText('If you feel dizzy').count(), 0, 'no dizziness warning where nothing is paced')
    await freezeClock(page)
    await recordBreathing(page)
    await start(page)
    await page.getByText('rest a hand on your chest').waitFor()
    const lines = new Set()
    const scales = []
    for (let second = 0; second < 58; second += 2) {
      await page.clock.runFor(2_000)
      lines.add(await page.locator('.breathe-line').textContent())
      scales.push(Number((await page.locator('.breathe-shape').evaluate((shape) => shape.style.transform)).match(/scale\((.*)\)/)[1]))
    }
    assert.equal(lines.size, 3, 'a new line every 20 seconds')
    assert.ok(Math.min(...scales) >= 0.8 && Math.max(...scales) <= 0.9, 'the anchor drifts within a narrow range')
    await page.clock.runFor(2_100)
    const { announced, closedAtMs } = await readBreathing(page)
    assert.deepEqual(announced, [], 'nothing to keep pace with')
    assert.ok(closedAtMs >= 60_000 && closedAtMs - 60_000 <= toleranceMs)
    assert.equal(await page.getByText(/\d+ breaths?$/).count(), 0, 'no breaths counted when none were paced')
  })
})

test('the last pattern and options are remembered after quitting', async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-breathe-'))
  await withApp({ now, userDataDir }, async (app) => {
    const page = await openBreathe(app)
    await page.getByRole('radio', { name: '4-7-8' }).check()
    await page.getByRole('radio', { name: '3 minutes' }).check()
    await page.getByRole('checkbox', { name: /^Giving and receiving/ }).check()
    await freezeClock(page)
    await recordBreathing(page)
    await start(page)
    await page.clock.runFor(12_000)
    const { announced } = await readBreathing(page)
    assert.deepEqual(announced.map((entry) => entry.text), ['Breathing in for me', 'Hold', 'Breathing out for others'])
    await page.getByRole('button', { name: 'Stop' }).click()
    await page.getByText('0 breaths', { exact: true }).waitFor()
  })
  assert.deepEqual(readSettingsFile(userDataDir).breathing, {
    pattern: '478', custom: { in: 4, 'hold-in': 2, out: 6, 'hold-out': 0 }, sessionMinutes: 3, givingAndReceiving: true, handOnHeart: true,
  })
  await withApp({ now, userDataDir }, async (app) => {
    const page = await openBreathe(app)
    assert.equal(await page.getByRole('radio', { name: '4-7-8' }).isChecked(), true)
    assert.equal(await page.getByRole('radio', { name: '3 minutes' }).isChecked(), true)
    assert.equal(await page.getByRole('checkbox', { name: /^Giving and receiving/ }).isChecked(), true)
  })
})

test('the whole guide works from the keyboard alone', async () => {
  await withApp({ now }, async (app) => {
    const page = await openBreathe(app)
    const focused = () => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.getAttribute('name') ?? document.activeElement?.textContent}`)
    await page.keyboard.press('Tab')
    assert.match(await focused(), /Back to the start/)
    await page.keyboard.press('Tab')
    assert.equal(await focused(), 'INPUT pattern', 'the pattern choices come first')
    await page.keyboard.press('ArrowDown')
    assert.equal(await page.getByRole('radio', { name: 'Box 4-4-4-4' }).isChecked(), true)
    await freezeClock(page)
    await recordBreathing(page)
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Pause' }).waitFor()
    assert.match(await focused(), /Pause/, 'focus lands on Pause')
    await page.clock.runFor(5_000)
    await page.keyboard.press('Space')
    assert.match(await focused(), /Resume/)
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    assert.match(await focused(), /Stop/)
    await page.clock.runFor(4_000)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Breathing finished' }).waitFor()
    const { announced } = await readBreathing(page)
    assert.deepEqual(announced.map((entry) => entry.text), ['Breathe in', 'Hold', 'Breathe out'])
    await page.keyboard.press('Tab')
    assert.match(await focused(), /Back to the start/, 'from the closing, the way home is first')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Kindbreak' }).waitFor()
  })
})

test('soft tones: none (and no audio at all) when sound is off; a rising and a falling glide when it is on', async () => {
  const watchAudio = (page) =>
    page.evaluate(() => {
      window.__audio = { contexts: 0, glides: [] }
      const Original = window.AudioContext
      window.AudioContext = class extends Original {
        constructor(...args) {
          super(...args)
          window.__audio.contexts += 1
          const createOscillator = this.createOscillator.bind(this)
          this.createOscillator = () => {
            const oscillator = createOscillator()
            const ramp = oscillator.frequency.exponentialRampToValueAtTime.bind(oscillator.frequency)
            const set = oscillator.frequency.setValueAtTime.bind(oscillator.frequency)
            const glide = {}
            oscillator.frequency.setValueAtTime = (value, at) => ((glide.from = value), set(value, at))
            oscillator.frequency.exponentialRampToValueAtTime = (value, at) => ((glide.to = value), window.__audio.glides.push(glide), ramp(value, at))
            return oscillator
          }
        }
      }
    })
  await withApp({ now }, async (app) => {
    const page = await openBreathe(app)
    await page.getByRole('radio', { name: 'Box 4-4-4-4' }).check()
    await watchAudio(page)
    await freezeClock(page)
    await start(page)
    await page.clock.runFor(17_000)
    assert.deepEqual(await page.evaluate(() => window.__audio), { contexts: 0, glides: [] })
  })
  await withApp({ now, settings: { schemaVersion: 1, sound: { enabled: true, volume: 40 } } }, async (app) => {
    const page = await openBreathe(app)
    assert.equal(await page.getByRole('checkbox', { name: 'Soft tones as the breath turns' }).isChecked(), true)
    await page.getByRole('radio', { name: 'Box 4-4-4-4' }).check()
    await watchAudio(page)
    await freezeClock(page)
    await start(page)
    await page.clock.runFor(17_000)
    const audio = await page.evaluate(() => window.__audio)
    assert.equal(audio.contexts, 1)
    // Two in-breaths (0 s, 16 s) and one out-breath (8 s); holds are silent.
    assert.deepEqual(audio.glides.map((glide) => (glide.to > glide.from ? 'rise' : 'fall')), ['rise', 'fall', 'rise'])
  })
})

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no accessibility violations on the breathing screens (${colorScheme})`, async () => {
    await withApp({ now, colorScheme }, async (app) => {
      const page = await openBreathe(app)
      // axe waits on its own timers, so the page clock flows while it looks, then is frozen again.
      const check = async (stage) => {
        await page.clock.resume()
        const violations = await axeViolations(page)
        await freezeClock(page)
        assert.deepEqual(violations, [], `${stage} (${colorScheme})`)
      }
      await freezeClock(page)
      await check('picker, natural rhythm')
      await page.getByRole('radio', { name: 'Custom' }).check()
      await page.getByRole('textbox', { name: 'Breathe in', exact: true }).fill('0')
      await page.getByRole('textbox', { name: 'Breathe in', exact: true }).blur()
      await check('picker, custom with a problem')
      await page.getByRole('textbox', { name: 'Breathe in', exact: true }).fill('4')
      await page.getByRole('radio', { name: 'Box 4-4-4-4' }).check()
      await page.getByRole('radio', { name: '1 minute' }).check()
      await start(page)
      await page.clock.runFor(6_000)
      await check('paced session during a hold')
      await page.keyboard.press('Space')
      await check('paused session')
      await page.keyboard.press('Space')
      await page.clock.runFor(60_000)
      await page.getByRole('heading', { name: 'Breathing finished' }).waitFor()
      await check('closing')
      await page.getByRole('button', { name: 'Breathe again' }).click()
      await page.getByRole('radio', { name: 'Natural rhythm' }).check()
      await start(page)
      await page.clock.runFor(3_000)
      await check('natural rhythm session')
    })
  })
}
