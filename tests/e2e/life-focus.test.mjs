// The optional life focus, as a person meets it: never asked at the first start; chosen in Settings from the
// keyboard; the break's example and phrase follow it; "None" brings the usual words back; kept across a
// relaunch; Settings clean under axe in both themes.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { axeViolations } from './axe.mjs'
import { eventually, openFromTray, readSettingsFile, tabTo, withApp } from './support.mjs'

/** Past the first-run note and without check-ins, so the break opens on its first step. */
const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }

const caringExample = 'e.g. “a long day of caring” (optional)'
const caringPhrase = 'Caring for someone is hard right now.'
const usualExample = 'A word or a few, e.g. “the deadline” (optional)'
const usualPhrase = 'This is hard right now.'

const freshDir = (name) => fs.mkdtempSync(path.join(os.tmpdir(), `kindbreak-${name}-`))

/** Opens "Take a break now" and returns the example under the first question and the first card's phrase. */
async function breakWords(app) {
  const page = await openFromTray(app, 'Take a break now')
  const question = page.getByLabel('What is hard right now?')
  const example = await question.getAttribute('placeholder')
  await question.press('Enter')
  await page.getByRole('heading', { level: 2, name: 'Notice what is here' }).waitFor()
  const phrase = await page.locator('.break-phrase blockquote').textContent()
  await page.keyboard.press('Escape')
  await page.locator('main[data-screen="home"]').waitFor()
  return { example, phrase }
}

test('the first-run welcome never asks about a life focus', async () => {
  await withApp({ firstRun: true }, async (app) => {
    const page = await app.waitForWindow()
    await page.getByRole('heading', { level: 1, name: 'Welcome to Kindbreak' }).waitFor()
    for (let step = 1; step <= 3; step += 1) {
      await page.getByText(`${step} of 3`).waitFor()
      assert.equal(await page.getByRole('radio').count(), 0, `nothing to choose on step ${step}`)
      assert.equal(await page.getByText(/life right now|caring for someone|parenting|studying|later life/i).count(), 0, `no life focus on step ${step}`)
      if (step < 3) await page.getByRole('button', { name: 'Next' }).click()
    }
  })
})

test('a life focus chosen from the keyboard changes the break\'s example and phrase, None clears it, and it is kept', async () => {
  const userDataDir = freshDir('life-focus')
  await withApp({ userDataDir, settings: settled }, async (app) => {
    assert.deepEqual(await breakWords(app), { example: usualExample, phrase: usualPhrase }, 'the usual words to begin with')

    const page = await openFromTray(app, 'Settings')
    const section = page.getByRole('region', { name: 'Your life right now (optional)' })
    const group = section.getByRole('group', { name: 'Life focus' })
    assert.equal(
      await group.evaluate((element) => document.getElementById(element.getAttribute('aria-describedby'))?.textContent),
      'This only changes the examples and the suggested phrases in the practices.',
      'the group says what it changes',
    )
    // A radio group is one Tab stop, on the checked choice; the arrow keys choose within it.
    await tabTo(page, group.getByRole('radio', { name: 'None' }))
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await eventually(() => readSettingsFile(userDataDir).lifeFocus === 'caring')
    await app.settle()
    assert.equal(await group.getByRole('radio', { name: 'Caring for someone' }).isChecked(), true)
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor()
    assert.deepEqual(await axeViolations(page), [], 'light theme')
    await page.keyboard.press('Escape')
    await page.locator('main[data-screen="home"]').waitFor()

    assert.deepEqual(await breakWords(app), { example: caringExample, phrase: caringPhrase })
  })

  await withApp({ userDataDir, colorScheme: 'dark' }, async (app) => {
    assert.deepEqual(await breakWords(app), { example: caringExample, phrase: caringPhrase }, 'kept across a relaunch')

    const page = await openFromTray(app, 'Settings')
    assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true, 'the system theme is dark')
    const group = page.getByRole('group', { name: 'Life focus' })
    const caring = group.getByRole('radio', { name: 'Caring for someone' })
    assert.equal(await caring.isChecked(), true)
    assert.deepEqual(await axeViolations(page), [], 'dark theme')

    await tabTo(page, caring)
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await eventually(() => readSettingsFile(userDataDir).lifeFocus === null)
    await app.settle()
    assert.equal(await group.getByRole('radio', { name: 'None' }).isChecked(), true)
    await page.keyboard.press('Escape')
    await page.locator('main[data-screen="home"]').waitFor()

    assert.deepEqual(await breakWords(app), { example: usualExample, phrase: usualPhrase }, 'None brings the usual words back')
  })
})
