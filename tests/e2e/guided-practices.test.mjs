// Every guided practice, played start to closing the way a person takes it: opened from the library with
// the keyboard, its length and anchor chosen with the arrow keys, on the page's clock (launchApp({ now,
// pausePageClock })). Each step's title is recorded as it appears (a MutationObserver reading
// performance.now(), the clock the player paces from) and compared with the times the content files give:
// a timed step ends exactly its seconds after it began, a step that waits ends when the person moves on.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { axeViolations } from './axe.mjs'
import { guidedData, plannedSteps } from './guided-data.mjs'
import { fakeSpeechScript, localVoice, speechCalls } from './fake-speech.mjs'
import { tabTo, withApp } from './support.mjs'
import { sidewaysOverflow } from './zoom.mjs'

const now = Date.UTC(2026, 10, 30, 9, 0)
const toleranceMs = 50
/** Past the first-run note and without check-ins, so each test reaches the practice itself. */
const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }

/**
 * Each practice once, in one language and theme (between them both languages and both themes are played).
 * Lengths and anchors other than the first are chosen where there are any, so the choice reaches the steps.
 */
const runs = [
  { id: 'affectionate-breathing', locale: 'en', theme: 'light', minutes: 5, anchor: 'feet' },
  { id: 'soles-of-the-feet', locale: 'es', theme: 'dark' },
  { id: 'loving-kindness', locale: 'en', theme: 'dark', minutes: 3, anchor: 'breath' },
  { id: 'body-scan', locale: 'es', theme: 'light', minutes: 8 },
  { id: 'mindful-listening', locale: 'en', theme: 'light' },
  { id: 'mindful-seeing', locale: 'es', theme: 'dark' },
  { id: 'mindful-walk', locale: 'en', theme: 'dark', minutes: 5 },
  { id: 'soften-soothe-allow', locale: 'es', theme: 'light' },
  { id: 'compassionate-friend', locale: 'en', theme: 'light' },
  { id: 'giving-and-receiving', locale: 'es', theme: 'dark', anchor: 'hands' },
]

/** Records each step's title as it appears, and the moment Begin was pressed, on the page's clock. */
async function recordSteps(page) {
  await page.evaluate(() => {
    const record = { startedAt: null, shown: [] }
    window.__guided = record
    document.addEventListener('submit', () => { record.startedAt = performance.now() }, { capture: true })
    new MutationObserver(() => {
      const title = document.querySelector('.guided-step h2')?.textContent ?? null
      const position = document.querySelector('.guided-step .practice-position')?.textContent ?? null
      const last = record.shown.at(-1)
      if (title !== null && (last?.title !== title || last?.position !== position)) record.shown.push({ title, position, at: performance.now() })
    }).observe(document.body, { childList: true, subtree: true, characterData: true })
  })
}

const elapsed = (page) => page.evaluate(() => performance.now() - window.__guided.startedAt)

/** Moves a radio group's choice with the arrow keys until `name` is chosen. */
async function chooseWithArrows(page, group, name) {
  const target = page.getByRole('radio', { name, exact: true })
  await tabTo(page, group.getByRole('radio', { checked: true }))
  for (let presses = 0; presses < 5 && !(await target.isChecked()); presses += 1) await page.keyboard.press('ArrowDown')
  assert.equal(await target.isChecked(), true, `${name} chosen with the arrow keys`)
}

/** Plays the steps, moving on where a step waits, and returns when each step should have begun (ms since Begin). */
async function playThrough(page, steps, words) {
  const expectedStarts = [0]
  const moveOn = page.locator('.practice-nav .button').nth(1)
  for (const [index, step] of steps.entries()) {
    const startedAt = expectedStarts[index]
    if (!step.waits) {
      await page.clock.runFor(startedAt + step.seconds * 1000 - (await elapsed(page)))
      expectedStarts.push(startedAt + step.seconds * 1000)
      continue
    }
    if (step.away) {
      // A walk: its time passes with nobody at the screen; then "I am back" is how the practice goes on.
      await page.clock.runFor(step.seconds * 1000 + 5_000)
      assert.equal(await page.locator('.guided-step h2').textContent(), step.title, 'the walk waits for the person')
      assert.equal(await moveOn.textContent(), words.player.back)
    } else {
      await page.clock.runFor(3_000)
      if (step.answer) {
        await tabTo(page, page.getByRole('textbox'))
        await page.keyboard.type('cansancio')
      }
    }
    await tabTo(page, moveOn)
    const pressedAt = await elapsed(page)
    await page.keyboard.press('Enter')
    expectedStarts.push(pressedAt)
  }
  return expectedStarts
}

for (const run of runs) {
  const label = `${run.id} (${run.locale}, ${run.theme}${run.minutes ? `, ${run.minutes} min` : ''}${run.anchor ? `, ${run.anchor}` : ''})`
  test(`${label}: every step announced in order, each within ${toleranceMs} ms of its time, then the closing`, async () => {
    const words = guidedData.catalogs[run.locale]
    const practiceWords = { ...words.guidedNames[run.id], ...guidedData.guidedCatalogs[run.locale][run.id] }
    const steps = plannedSteps(run.id, run)
    await withApp({ now, pausePageClock: true, colorScheme: run.theme, settings: { ...settled, language: run.locale } }, async (app) => {
      await app.tray.click(words.main.tray.library)
      const page = await app.waitForWindow()
      await page.getByRole('heading', { level: 1, name: words.library.heading }).waitFor()
      await tabTo(page, page.locator('.library-item .practice').filter({ hasText: practiceWords.name }))
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 1, name: practiceWords.name }).waitFor()
      await page.getByText(practiceWords.intro).waitFor()

      if (run.minutes) await chooseWithArrows(page, page.getByRole('group', { name: words.player.lengthLegend }), words.player.minutes(run.minutes))
      if (run.anchor) await chooseWithArrows(page, page.getByRole('group', { name: words.player.anchorLegend }), words.player.anchors[run.anchor])
      await recordSteps(page)
      await tabTo(page, page.getByRole('button', { name: words.player.begin }))
      await page.keyboard.press('Enter')
      await page.locator('.guided-step h2').waitFor()

      // The chosen anchor's words are the ones shown.
      for (const line of steps[0].lines) await page.getByText(line, { exact: true }).waitFor()

      const expectedStarts = await playThrough(page, steps, words)
      await page.getByRole('heading', { level: 2, name: words.practice.closingHeading }).waitFor()
      await page.getByText(practiceWords.closing).waitFor()

      const shown = await page.evaluate(() => window.__guided.shown.map((entry) => ({ ...entry, at: entry.at - window.__guided.startedAt })))
      assert.deepEqual(shown.map((entry) => entry.title), steps.map((step) => step.title), 'the steps in order')
      assert.deepEqual(shown.map((entry) => entry.position), steps.map((_, index) => words.player.position(index + 1, steps.length)))
      shown.forEach((entry, index) => {
        const lateBy = entry.at - expectedStarts[index]
        assert.ok(lateBy >= 0 && lateBy <= toleranceMs, `"${entry.title}" (#${index}) began ${lateBy.toFixed(1)} ms after its time`)
      })
      // Every line of every step was on screen: the last step's are checked here, the first's above.
      for (const line of steps.at(-1).lines) assert.equal(await page.getByText(line, { exact: true }).count(), 0, 'the steps are gone at the closing')
    })
  })
}

for (const locale of ['en', 'es']) {
  // axe runs on timers of its own, so this walk keeps the page's clock running (the steps may move on
  // while it looks, which changes nothing for what it checks).
  test(`${locale}: each guided practice, before it begins and at its first step, has no axe violations in either theme and fits at 200 % zoom`, async () => {
    const words = guidedData.catalogs[locale]
    await withApp({ now, settings: { ...settled, language: locale } }, async (app) => {
      await app.tray.click(words.main.tray.library)
      const page = await app.waitForWindow()
      for (const id of Object.keys(guidedData.guidedPractices)) {
        await page.locator('main[data-screen="library"]').waitFor()
        await page.locator('.library-item .practice').filter({ hasText: words.guidedNames[id].name }).click()
        await page.getByText(guidedData.guidedCatalogs[locale][id].intro).waitFor()
        for (const theme of ['light', 'dark']) {
          await page.evaluate((chosen) => { document.documentElement.dataset.theme = chosen }, theme)
          assert.deepEqual(await axeViolations(page), [], `${id}, before it begins, ${theme}`)
        }
        assert.deepEqual(await sidewaysOverflow(page), [], `${id}, before it begins, at 200 % zoom`)
        await page.getByRole('button', { name: words.player.begin }).click()
        await page.locator('.guided-step h2').waitFor()
        for (const theme of ['light', 'dark']) {
          await page.evaluate((chosen) => { document.documentElement.dataset.theme = chosen }, theme)
          assert.deepEqual(await axeViolations(page), [], `${id}, first step, ${theme}`)
        }
        assert.deepEqual(await sidewaysOverflow(page), [], `${id}, first step, at 200 % zoom`)
        await page.keyboard.press('Escape')
        await page.locator('main[data-screen="home"]').waitFor()
        await page.getByRole('button', { name: words.library.link }).click()
      }
    })
  })
}

/** Opens a guided practice from the library and presses Begin, all from the keyboard; returns the page. */
async function beginFromLibrary(app, words, id) {
  await app.tray.click(words.main.tray.library)
  const page = await app.waitForWindow()
  await tabTo(page, page.locator('.library-item .practice').filter({ hasText: words.guidedNames[id].name }))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('button', { name: words.player.begin }))
  await page.keyboard.press('Enter')
  await page.locator('.guided-step h2').waitFor()
  return page
}

const stepTitle = (page) => page.locator('.guided-step h2').textContent()

test('Space pauses and resumes from anywhere on the page, the time paused is not counted, and Esc leaves', async () => {
  const words = guidedData.catalogs.en
  const [first, second] = plannedSteps('soles-of-the-feet')
  await withApp({ now, pausePageClock: true, settings: settled }, async (app) => {
    const page = await beginFromLibrary(app, words, 'soles-of-the-feet')
    // Focus starts on the step's heading, where Space means nothing else.
    await page.clock.runFor(5_000)
    await page.keyboard.press('Space')
    await page.getByRole('status').filter({ hasText: words.player.paused }).waitFor()
    assert.equal(await page.getByRole('button', { name: words.player.resume }).getAttribute('aria-pressed'), 'true')
    await page.clock.runFor(60_000)
    assert.equal(await stepTitle(page), first.title, 'a paused step stays')
    await page.keyboard.press('Space')
    await page.clock.runFor(first.seconds * 1000 - 5_000 - 100)
    assert.equal(await stepTitle(page), first.title, 'the time before the pause still counts, the pause does not')
    await page.clock.runFor(200)
    assert.equal(await stepTitle(page), second.title)

    // On a button, Space presses the button (here: Pause) rather than being taken over.
    await tabTo(page, page.getByRole('button', { name: words.player.pause }))
    await page.keyboard.press('Space')
    await page.getByRole('button', { name: words.player.resume }).waitFor()
    await page.keyboard.press('Escape')
    await page.locator('main[data-screen="home"]').waitFor()
  })
})

test('read aloud: each step is spoken as it begins, in order, in the person\'s language, and pauses with the player', async () => {
  for (const [locale, voice] of [['en', localVoice('Alex', 'en-US')], ['es', localVoice('Mónica', 'es-ES')]]) {
    const words = guidedData.catalogs[locale]
    const [first, second] = plannedSteps('soles-of-the-feet', { locale })
    const settings = { ...settled, language: locale, guidance: { bell: false, readAloud: true, voice: null } }
    await withApp({ now, pausePageClock: true, settings, initScripts: [fakeSpeechScript({ voices: [voice, localVoice('Other', locale === 'en' ? 'es-ES' : 'en-GB')] })] }, async (app) => {
      const page = await beginFromLibrary(app, words, 'soles-of-the-feet')
      await page.clock.runFor(1_000)
      await page.keyboard.press('Space')
      await page.clock.runFor(30_000)
      await page.keyboard.press('Space')
      await page.clock.runFor(first.seconds * 1000)
      assert.equal(await stepTitle(page), second.title)

      const calls = (await speechCalls(page)).filter(({ call }) => call !== 'cancel')
      assert.deepEqual(calls.map(({ call }) => call), ['speak', 'pause', 'resume', 'speak'], `${locale}: spoken, paused with the player, resumed, then the next step`)
      const spoken = calls.filter(({ call }) => call === 'speak')
      for (const [index, step] of [first, second].entries()) {
        const { text, lang, voice: name, rate } = spoken[index]
        assert.deepEqual({ lang, name }, { lang: voice.lang, name: voice.name }, `${locale}: the language's own voice`)
        assert.ok(rate < 1, 'a calm rate')
        // The title, then each line, in the order the screen shows them.
        const positions = [step.title, ...step.lines].map((part) => text.indexOf(part.replace(/[.!?]$/, '')))
        assert.ok(positions.every((at, i) => at >= 0 && (i === 0 || at > positions[i - 1])), `${locale}: "${text}" says step ${index + 1} in order`)
      }
    })
  }
})

test('the bell, when wanted, rings once as a practice begins and once as it ends; otherwise no sound is made at all', async () => {
  // Records every tone the page starts (Web Audio), without playing it.
  const recordTones = `(() => {
    window.__tones = []
    const start = OscillatorNode.prototype.start
    OscillatorNode.prototype.start = function (...args) { window.__tones.push(this.frequency.value); return start.apply(this, args) }
  })()`
  for (const bell of [true, false]) {
    const settings = { ...settled, guidance: { bell, readAloud: false, voice: null }, sound: { enabled: false, volume: 60 } }
    await withApp({ now, pausePageClock: true, settings, initScripts: [recordTones] }, async (app) => {
      const words = guidedData.catalogs.en
      const page = await beginFromLibrary(app, words, 'soles-of-the-feet')
      const seconds = plannedSteps('soles-of-the-feet').reduce((sum, step) => sum + step.seconds, 0)
      assert.equal((await page.evaluate(() => window.__tones)).length, bell ? 1 : 0, 'as it begins')
      await page.clock.runFor(seconds * 1000 + 100)
      await page.getByRole('heading', { level: 2, name: words.practice.closingHeading }).waitFor()
      assert.equal((await page.evaluate(() => window.__tones)).length, bell ? 2 : 0, 'as it ends')
      assert.equal(await page.evaluate(() => typeof window.__tones), 'object')
    })
  }
})
