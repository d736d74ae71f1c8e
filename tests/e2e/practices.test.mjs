// Soothing touch, the self-compassion break and kind phrases, taken the way a person takes them: from the
// tray, with the keyboard, on the page's clock (launchApp({ now }) installs it), across a relaunch.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { axeViolations } from './axe.mjs'
import { openFromTray, readSettingsFile, withApp } from './support.mjs'

const now = Date.UTC(2026, 10, 26, 9, 30)
/** Past the first-run note and without check-ins, so a test reaches the practice itself. */
const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }

const freshDir = (name) => fs.mkdtempSync(path.join(os.tmpdir(), `kindbreak-${name}-`))
const heading2 = (page, name) => page.getByRole('heading', { level: 2, name })
const cardPosition = (page) => page.locator('.practice-position').first().textContent()

/** Presses a button with the keyboard (focus, then Enter), as someone without a mouse would. */
async function press(scope, name, key = 'Enter') {
  await scope.getByRole('button', { name, exact: true }).press(key)
}

test('soothing touch: cards move on with the page clock and the keyboard, and a favourite is kept across a relaunch', async () => {
  const userDataDir = freshDir('touch')
  await withApp({ now, userDataDir, settings: settled, pausePageClock: true }, async (app) => {
    const page = await openFromTray(app, 'Soothing touch')
    await page.getByRole('heading', { level: 1, name: 'Soothing touch' }).waitFor()
    await heading2(page, 'Hand on heart').waitFor()
    assert.equal(await cardPosition(page), '1 of 3')
    await page.getByText('Touch is always optional').waitFor()
    await page.getByRole('img', { name: /one hand resting on the centre of the chest/ }).waitFor()

    await page.clock.runFor(19_000)
    assert.equal(await cardPosition(page), '1 of 3', 'not before its 20 seconds')
    await page.clock.runFor(1_500)
    await heading2(page, 'Both hands on heart').waitFor()

    await press(page, 'Next')
    await heading2(page, 'Covered fist').waitFor()
    assert.equal(await cardPosition(page), '3 of 3')

    const favourite = page.getByRole('button', { name: 'This one feels right' })
    await favourite.press('Space')
    await page.getByRole('status').filter({ hasText: 'Kept as a favourite' }).waitFor()
    assert.equal(await favourite.getAttribute('aria-pressed'), 'true')
    await app.settle()
    assert.deepEqual(readSettingsFile(userDataDir).touch.favourites, ['fist-over-heart'])

    // A favourite stays half as long again: still here after 20 s, gone after 30 s.
    await page.clock.runFor(21_000)
    assert.equal(await heading2(page, 'Covered fist').isVisible(), true)
    await page.clock.runFor(10_000)
    await heading2(page, 'That was your moment').waitFor()
  })

  await withApp({ now, userDataDir }, async (app) => {
    const page = await openFromTray(app, 'Soothing touch')
    await heading2(page, 'Covered fist').waitFor()
    assert.equal(await cardPosition(page), '1 of 3', 'the favourite comes first')
    assert.equal(await page.getByRole('button', { name: 'This one feels right' }).getAttribute('aria-pressed'), 'true')
    await press(page, 'Skip')
    await heading2(page, 'Hand on heart').waitFor()
  })
})

test('"Take a break now": the word for what is hard carries through three steps, and an edited phrase appears', async () => {
  const userDataDir = freshDir('break')
  await withApp({ now, userDataDir, settings: settled }, async (app) => {
    const page = await openFromTray(app, 'Take a break now')
    await page.getByRole('heading', { level: 1, name: 'Self-compassion break' }).waitFor()
    await page.getByLabel('What is hard right now?').fill('the deadline')
    await page.keyboard.press('Enter')
    await heading2(page, 'Notice what is here').waitFor()
    await page.getByText('You named it: “the deadline”.').waitFor()

    // The phrase editor opens in place; the card's time waits for the person.
    await press(page, 'Edit my phrases')
    await heading2(page, 'My kind phrases').waitFor()
    const kindness = page.getByRole('region', { name: 'Kindness' })
    await kindness.getByRole('button', { name: 'Edit: May I be gentle with myself right now.' }).click()
    await kindness.getByLabel('Change the phrase').fill('May I meet this deadline gently.')
    await page.keyboard.press('Enter')
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor()
    assert.equal(await kindness.getByRole('listitem').first().locator('.phrase-text').textContent(), 'May I meet this deadline gently.')

    // A phrase already there is refused in plain words, and nothing changes.
    await kindness.getByLabel('A new phrase for “Kindness”').fill("  i'm DOING the best i can. ")
    await page.keyboard.press('Enter')
    await kindness.getByRole('alert').filter({ hasText: 'already in the list' }).waitFor()
    assert.equal(await kindness.getByLabel('A new phrase for “Kindness”').getAttribute('aria-invalid'), 'true')

    // Reordering by keyboard keeps focus on the phrase that moved.
    await press(kindness, 'Down: May I meet this deadline gently.')
    await page.getByRole('status').filter({ hasText: 'Moved.' }).waitFor()
    await press(kindness, 'Up: May I meet this deadline gently.')
    await kindness.getByRole('button', { name: 'Down: May I meet this deadline gently.' }).waitFor()
    assert.equal(await kindness.getByRole('listitem').first().locator('.phrase-text').textContent(), 'May I meet this deadline gently.')
    await app.settle()
    assert.equal(readSettingsFile(userDataDir).phrases.kindness[0], 'May I meet this deadline gently.')

    await press(page, 'Back to the break')
    await heading2(page, 'Notice what is here').waitFor()
    await page.clock.runFor(31_000)
    await heading2(page, 'You are not alone in this').waitFor()
    await page.getByText('others are carrying their own “the deadline” today').waitFor()

    await press(page, 'Next')
    await heading2(page, 'Offer yourself kindness').waitFor()
    assert.equal(await page.locator('.break-phrase blockquote').textContent(), 'May I meet this deadline gently.')
    await page.getByText('A soothing touch, if you like: Hand on heart').waitFor()
    await page.getByText('what do I need to hear right now?').waitFor()
    // The card is taller than the window; its buttons are in reach anyway, at the top of the page or the end.
    for (const scrolledTo of ['top', 'end']) {
      await page.evaluate((to) => window.scrollTo(0, to === 'top' ? 0 : document.documentElement.scrollHeight), scrolledTo)
      for (const name of ['Back', 'Finish']) {
        const box = await page.getByRole('button', { name, exact: true }).boundingBox()
        assert.ok(box.y >= 0 && box.y + box.height <= page.viewportSize().height, `${name} is in the window with the page at its ${scrolledTo}`)
      }
    }
    assert.ok(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight), 'the card is indeed taller than the window')

    await page.clock.runFor(41_000)
    await heading2(page, 'That was your moment').waitFor()
    await press(page, 'Close the window')
    await app.settle()
    assert.equal(app.windows().length, 0, 'the window steps out of the way')
  })
})

test('"find my phrases" turns two answers into wishes the person can change and keep', async () => {
  await withApp({ now, settings: settled }, async (app) => {
    const page = await openFromTray(app, 'Take a break now')
    await press(page, 'Begin')
    await press(page, 'Next')
    await press(page, 'Next')
    await heading2(page, 'Offer yourself kindness').waitFor()
    await press(page, 'Find my phrases')
    await heading2(page, 'What do I need?').waitFor()
    await page.getByLabel('What do you need').fill('safe')
    await page.getByRole('button', { name: 'Use “rest”' }).click()
    assert.equal(await page.getByLabel('What do you need').inputValue(), 'safe, rest')
    await press(page, 'Next')
    await heading2(page, 'What do I need to hear?').waitFor()
    await page.getByLabel('If a good friend could tell you').fill("I'm here with you.")
    await press(page, 'Next')
    await heading2(page, 'A few simple wishes').waitFor()
    assert.equal(await page.getByRole('heading', { level: 2 }).count(), 1, 'one step at a time')
    assert.equal(await page.getByRole('textbox', { name: 'Wish 1' }).inputValue(), 'May I feel safe')
    assert.equal(await page.getByRole('textbox', { name: 'Wish 2' }).inputValue(), 'May I rest')
    assert.equal(await page.getByRole('textbox', { name: 'Wish 3' }).inputValue(), "I'm here with you")
    await page.getByRole('textbox', { name: 'Wish 2' }).fill('May I rest a little today')
    await press(page, 'Remove: Wish 3')
    await press(page, 'Keep these as kindness phrases')
    await heading2(page, 'Offer yourself kindness').waitFor()
    assert.equal(await page.locator('.break-phrase blockquote').textContent(), 'May I feel safe', 'the first new wish is offered at once')
    await app.settle()
    assert.deepEqual(readSettingsFile(app.userDataDir).phrases.kindness.slice(-2), ['May I feel safe', 'May I rest a little today'])
  })
})

test('"Feeling overwhelmed?" holds the practice, offers grounding, and can stop it', async () => {
  await withApp({ now, settings: settled }, async (app) => {
    const page = await openFromTray(app, 'Soothing touch')
    await heading2(page, 'Hand on heart').waitFor()
    await press(page, 'Feeling overwhelmed?')
    await heading2(page, 'Feeling overwhelmed?').waitFor()
    await page.getByText('Feel your feet on the floor').waitFor()
    await page.getByText('Listen to the sounds around you').waitFor()
    await page.clock.runFor(60_000)
    await press(page, 'Back to the practice')
    await heading2(page, 'Hand on heart').waitFor()
    assert.equal(await cardPosition(page), '1 of 3', 'the card waited')
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Feeling overwhelmed?', 'focus returns to the link')

    await page.keyboard.press('Enter')
    await press(page, 'Stop the practice')
    await page.getByRole('heading', { level: 1, name: 'Kindbreak' }).waitFor()
  })
})

test('the backdraft note shows once, before the first practice, and check-ins come before and after', async () => {
  const userDataDir = freshDir('first-run')
  await withApp({ now, userDataDir }, async (app) => {
    const page = await openFromTray(app, 'Soothing touch')
    await heading2(page, 'Before you begin').waitFor()
    await page.getByText('can sometimes stir up old hurts').waitFor()
    await press(page, 'Understood')
    await heading2(page, 'Before you start').waitFor()
    await app.settle()
    assert.equal(readSettingsFile(userDataDir).firstRun.backdraftNoteSeen, true)

    await page.getByRole('group', { name: /how are you treating yourself/ }).getByRole('button', { name: '3', exact: true }).click()
    await heading2(page, 'Hand on heart').waitFor()
    await press(page, 'Next')
    await press(page, 'Next')
    await press(page, 'Next')
    await heading2(page, 'And now?').waitFor()
    await page.getByText('Before, you chose 3.').waitFor()
    await press(page, 'Skip')
    await heading2(page, 'That was your moment').waitFor()

    await press(page, 'Choose another practice')
    await page.getByRole('button', { name: /^Self-compassion break/ }).click()
    await heading2(page, 'Before you start').waitFor()
    assert.equal(await heading2(page, 'Before you begin').count(), 0, 'the note is not repeated')
  })
  await withApp({ now, userDataDir }, async (app) => {
    const page = await openFromTray(app, 'Take a break now')
    await heading2(page, 'Before you start').waitFor()
    assert.equal(await heading2(page, 'Before you begin').count(), 0, 'nor after a relaunch')
  })
})

/** Every view of these practices, reached in order, each handed to `look` (axe, a screenshot). */
async function visitEveryView(app, look) {
  let page = await openFromTray(app, 'Soothing touch')
  await heading2(page, 'Before you begin').waitFor()
  await look(page, 'break-backdraft-note')
  await press(page, 'Understood')
  await heading2(page, 'Before you start').waitFor()
  await look(page, 'touch-check-in')
  await press(page, 'Skip')
  await heading2(page, 'Hand on heart').waitFor()
  await page.clock.runFor(8_000)
  await look(page, 'touch')
  await press(page, 'Feeling overwhelmed?')
  await look(page, 'overwhelmed')
  await press(page, 'Stop the practice')

  page = await openFromTray(app, 'Take a break now')
  await press(page, 'Skip')
  await page.getByLabel('What is hard right now?').fill('the deadline')
  await look(page, 'break-start')
  await press(page, 'Begin')
  await heading2(page, 'Notice what is here').waitFor()
  await page.clock.runFor(12_000)
  await look(page, 'break')
  await press(page, 'Next')
  await press(page, 'Next')
  await heading2(page, 'Offer yourself kindness').waitFor()
  await look(page, 'break-kindness')
  await press(page, 'Edit my phrases')
  await heading2(page, 'My kind phrases').waitFor()
  await page.getByRole('region', { name: 'Noticing' }).getByLabel('A new phrase for “Noticing”').fill('')
  await press(page.getByRole('region', { name: 'Noticing' }), 'Add')
  await page.getByRole('alert').waitFor()
  await look(page, 'phrases')
  await press(page, 'Find my phrases')
  await page.getByLabel('What do you need').fill('calm, courage')
  await press(page, 'Next')
  await press(page, 'Next')
  await heading2(page, 'A few simple wishes').waitFor()
  await look(page, 'phrases-find')
  await press(page, 'Keep these as kindness phrases')
  await press(page, 'Finish')
  await heading2(page, 'And now?').waitFor()
  await press(page, 'Skip')
  await heading2(page, 'That was your moment').waitFor()
  await look(page, 'break-closing')
}

for (const colorScheme of ['light', 'dark']) {
  test(`no accessibility violations on any of these views (${colorScheme})`, async () => {
    // Set KINDBREAK_SCREENSHOTS=docs/screenshots to refresh the pictures in the docs on the way.
    const screenshots = process.env.KINDBREAK_SCREENSHOTS
    await withApp({ now, colorScheme }, async (app) => {
      await visitEveryView(app, async (page, name) => {
        await page.locator('.practice-frame').waitFor()
        assert.deepEqual(await axeViolations(page), [], `${name} (${colorScheme})`)
        // The window as a person first sees it, from its top: a whole-page picture would draw the sticky
        // step buttons mid-page.
        if (screenshots) {
          await page.evaluate(() => window.scrollTo(0, 0))
          await page.screenshot({ path: path.join(screenshots, `${name}-${colorScheme}.png`) })
        }
      })
    })
  })
}
