// The usual doubts ("Isn't this self-pity?"): reached from the keyboard alone from each place that links to
// it (About, the welcome's last step, the note before the first practice), read as a screen reader lists it
// (one heading, then the five questions in order), and left back where it was opened, by its back button at
// the top or at the end, or by Esc. axe checks it with every other screen in accessibility.test.mjs.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { openFromTray, readSettingsFile, tabTo, withApp } from './support.mjs'

const words = {
  en: {
    link: 'Isn’t this self-pity? Five common doubts',
    heading: 'Doubts about being kind to yourself',
    questions: [
      'Isn’t it just feeling sorry for myself?',
      'Won’t I just let myself off the hook?',
      'Isn’t it a sign of weakness?',
      'Won’t I lose my drive to do better?',
      'Isn’t it selfish?',
    ],
    about: 'About',
    backToAbout: 'Back to About',
  },
  es: {
    link: '¿No es solo lástima por mí? Cinco dudas frecuentes',
    heading: 'Dudas sobre tratarte con amabilidad',
    questions: [
      '¿No es solo sentir lástima por mí?',
      '¿No acabaré consintiéndomelo todo?',
      '¿No es una señal de debilidad?',
      '¿No perderé las ganas de mejorar?',
      '¿No es egoísta?',
    ],
    about: 'Acerca de',
    backToAbout: 'Volver a Acerca de',
  },
}

/** Tabs to a button (the first of that name, unless told) and presses Enter on it, as someone without a mouse would. */
async function pressByKeyboard(page, name, { last = false } = {}) {
  const buttons = page.getByRole('button', { name, exact: true })
  await tabTo(page, last ? buttons.last() : buttons.first())
  await page.keyboard.press('Enter')
}

/** Opens the page from its link by keyboard, and reads it as a screen reader lists it: its heading, then the questions. */
async function openAndRead(page, language) {
  await pressByKeyboard(page, words[language].link)
  await page.locator('main[data-screen="doubts"]').waitFor()
  const headings = async (level) => page.getByRole('heading', { level }).allTextContents()
  assert.deepEqual(await headings(1), [words[language].heading])
  assert.deepEqual(await headings(2), words[language].questions, 'the five doubts, in order')
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MAIN', 'reading starts at the top of the page')
}

for (const language of ['en', 'es']) {
  test(`${language === 'en' ? 'English' : 'Spanish'}: from About to the doubts and back to About, by keyboard`, async () => {
    const settled = { schemaVersion: 1, language, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }
    await withApp({ settings: settled }, async (app) => {
      await app.pressHotkey()
      const page = await app.waitForWindow()
      await page.locator('main[data-screen="home"]').waitFor()
      await pressByKeyboard(page, words[language].about)
      await page.locator('main[data-screen="about"]').waitFor()
      await openAndRead(page, language)
      await pressByKeyboard(page, words[language].backToAbout)
      await page.locator('main[data-screen="about"]').waitFor()
    })
  })
}

test('from the welcome\'s last step to the doubts, and Esc returns to that step', async () => {
  await withApp({ firstRun: true, settings: { schemaVersion: 1, firstRun: { welcomed: false, backdraftNoteSeen: false } } }, async (app) => {
    const page = await app.waitForWindow()
    await page.locator('main[data-screen="welcome"]').waitFor()
    for (let step = 0; step < 2; step += 1) await pressByKeyboard(page, 'Next')
    await page.getByRole('heading', { level: 2, name: 'Go gently' }).waitFor()
    await openAndRead(page, 'en')
    assert.equal(await page.getByRole('button', { name: 'Back to the welcome', exact: true }).count(), 2, 'the way back, at the top and the end, says where it leads')
    await page.keyboard.press('Escape')
    await page.locator('main[data-screen="welcome"]').waitFor()
    await page.getByRole('heading', { level: 2, name: 'Go gently' }).waitFor()
    await page.getByText('3 of 3').waitFor()
    await pressByKeyboard(page, 'Begin')
    await page.locator('main[data-screen="home"]').waitFor()
  })
})

test('from the note before the first practice to the doubts and back: the note is still there to acknowledge', async () => {
  await withApp({}, async (app) => {
    const page = await openFromTray(app, 'Take a break now')
    const note = page.getByRole('heading', { level: 2, name: 'Before you begin' })
    await note.waitFor()
    await openAndRead(page, 'en')
    await pressByKeyboard(page, 'Back to the practice', { last: true })
    await page.locator('main[data-screen="break"]').waitFor()
    await note.waitFor()
    assert.equal(readSettingsFile(app.userDataDir).firstRun.backdraftNoteSeen, false, 'reading the doubts is not acknowledging the note')
    await pressByKeyboard(page, 'Understood')
    await page.getByRole('heading', { level: 2, name: 'Before you start' }).waitFor()
  })
})
