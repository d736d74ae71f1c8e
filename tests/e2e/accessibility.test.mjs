// axe-core on every screen, in both themes and both languages, plus the 200 % zoom check: at the window's
// width halved (what 200 % zoom leaves), nothing may scroll sideways. One launch per theme and language
// visits every screen the way a person reaches it, so the states checked are the real ones.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { axeViolations } from './axe.mjs'
import { withApp } from './support.mjs'
import { sidewaysOverflow } from './zoom.mjs'

const minute = 60_000
/** A Tuesday morning, inside the default working hours, so the timer brings its heads-up as on a usual day. */
const tuesdayMorning = new Date(2025, 2, 4, 10, 0).getTime()

const trayLabels = {
  en: { break: 'Take a break now', breathe: 'Breathe', touch: 'Soothing touch', reframe: 'Reframe a thought', journal: 'Journal', settings: 'Settings', library: 'All practices', path: 'A gentle path' },
  es: { break: 'Tomar una pausa ahora', breathe: 'Respirar', touch: 'Contacto reconfortante', reframe: 'Replantear un pensamiento', journal: 'Diario', settings: 'Ajustes', library: 'Todas las prácticas', path: 'Un camino amable' },
}
/** The journal's ways to write besides reframing, each a screen of its own. */
const writeButtons = {
  en: { letter: 'A letter to yourself', 'good-things': 'Three good things' },
  es: { letter: 'Una carta para ti', 'good-things': 'Tres cosas buenas' },
}
const aboutButton = { en: 'About Kindbreak', es: 'Acerca de Kindbreak' }
const doubtsLink = { en: 'Isn’t this self-pity? Five common doubts', es: '¿No es solo lástima por mí? Cinco dudas frecuentes' }

/** Every screen, in the order one launch can reach them. Each opens its screen and returns its page. */
const visits = [
  ['welcome', (app) => app.waitForWindow()],
  ['welcome', async (app) => {
    // The last of its steps, with the hotkey and the gentle note.
    const page = app.windows()[0].page
    for (let step = 0; step < 2; step += 1) await page.locator('.welcome-actions .button-primary').click()
    await page.locator('kbd.hotkey').or(page.locator('.welcome-step')).first().waitFor()
    return page
  }],
  ['micro-pause', async (app) => {
    // A micro-pause never covers an open window, so the welcome is put away first, as a person would.
    await app.windows()[0].page.evaluate(() => window.kindbreak.hideWindow())
    await app.clock.tick(20 * minute)
    return app.waitForWindow()
  }],
  ['heads-up', async (app) => {
    // The micro-pause puts itself away after 20 s; the heads-up comes at 44 minutes.
    await app.clock.tick(24 * minute)
    return app.waitForWindow()
  }],
  ['break', (app, language) => fromTray(app, trayLabels[language].break)],
  ['breathe', (app, language) => fromTray(app, trayLabels[language].breathe)],
  ['touch', (app, language) => fromTray(app, trayLabels[language].touch)],
  ['reframe', (app, language) => fromTray(app, trayLabels[language].reframe)],
  ['journal', (app, language) => fromTray(app, trayLabels[language].journal)],
  ['letter', (app, language) => writeFromJournal(app, language, 'letter')],
  ['good-things', (app, language) => writeFromJournal(app, language, 'good-things')],
  ['library', (app, language) => fromTray(app, trayLabels[language].library)],
  ['path', (app, language) => fromTray(app, trayLabels[language].path)],
  ['settings', (app, language) => fromTray(app, trayLabels[language].settings)],
  ['settings', async (app, language) => {
    // The same screen with its transient parts showing: a wrong value explained, and the restore question.
    const page = app.windows()[0].page
    const restore = { en: 'Restore defaults…', es: 'Restablecer valores…' }[language]
    await page.locator('input.number-input').first().fill('2')
    await page.locator('input.number-input').first().blur()
    await page.getByRole('alert').first().waitFor()
    await page.getByRole('button', { name: restore }).click()
    await page.locator('.confirm').waitFor()
    return page
  }],
  ['about', async (app, language) => {
    const page = await fromTray(app, trayLabels[language].settings)
    await page.getByRole('button', { name: aboutButton[language] }).click()
    return page
  }],
  ['doubts', async (app, language) => {
    const page = app.windows()[0].page
    await page.getByRole('button', { name: doubtsLink[language] }).click()
    return page
  }],
  // Esc leaves the doubts for where they were opened, and About for the start.
  ['about', async (app) => {
    const page = app.windows()[0].page
    await page.keyboard.press('Escape')
    return page
  }],
  ['home', async (app) => {
    const page = app.windows()[0].page
    await page.keyboard.press('Escape')
    return page
  }],
]

async function writeFromJournal(app, language, kind) {
  const page = await fromTray(app, trayLabels[language].journal)
  await page.getByRole('navigation', { name: { en: 'Write', es: 'Escribir' }[language] }).getByRole('button', { name: writeButtons[language][kind] }).click()
  return page
}

async function fromTray(app, label) {
  await app.tray.click(label)
  return app.waitForWindow()
}

for (const theme of ['light', 'dark']) {
  for (const language of ['en', 'es']) {
    test(`every screen, ${theme} theme, ${language === 'en' ? 'English' : 'Spanish'}: no axe violations, no sideways scroll at 200 %`, async () => {
      // The daily rhythm on, so Settings shows all of its fields and a micro-pause comes before the heads-up.
      const schedule = { workingHours: { enabled: true }, dailyMoment: { enabled: true }, microPauses: { enabled: true, everyMinutes: 20 } }
      const settings = { theme, language, schedule }
      await withApp({ now: tuesdayMorning, firstRun: true, colorScheme: theme, settings: { ...settings, firstRun: { welcomed: false, backdraftNoteSeen: false } } }, async (app) => {
        const problems = []
        for (const [screen, open] of visits) {
          const page = await open(app, language).catch((error) => {
            throw new Error(`could not open ${screen}: ${error.message}`)
          })
          await page.locator(`main[data-screen="${screen}"]`).waitFor({ timeout: 5_000 })
          assert.equal(await page.evaluate(() => document.documentElement.lang), language, `${screen}: the page says its language`)
          for (const violation of await axeViolations(page)) problems.push(`${screen}: ${violation}`)
          for (const element of await sidewaysOverflow(page)) problems.push(`${screen}: wider than the window at 200 % zoom: ${element}`)
        }
        assert.deepEqual(problems, [])
      })
    })
  }
}
