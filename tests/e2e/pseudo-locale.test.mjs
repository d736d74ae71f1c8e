// A third language is catalog files only. `npm run build:pseudo` adds a test-only pseudo-language "xx"
// exactly as a new language is added (tests/pseudo-locale/: its catalog through the same types, swapped in
// for the catalog's language lists at build time), and this walks every screen, the tray and the
// notifications of that build in it. Every word comes out accented ("Settings" → "Šéţţíñĝš"), so a plain
// ASCII letter left on screen is a word the catalog did not give: a sentence typed into a component, or sent
// by main. Only text a person wrote, and names and keys that are never translated (marked translate="no", as the
// HTML standard says), may keep their letters.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { pseudoText as p } from '../pseudo-locale/pseudo-localize.mjs'
import { withApp } from './support.mjs'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const outDir = path.join(repoRoot, 'out-pseudo')
const minute = 60_000
const tuesdayMorning = new Date(2025, 2, 4, 10, 0).getTime()
/** What a person writes in these tests: no ASCII letters, so it cannot hide an unworded sentence. */
const written = 'ñ 123 — ¿ü?'

/** Every visible or spoken text of the page still holding plain ASCII letters, with where it was found. */
function unworded(page) {
  return page.evaluate(() => {
    const exempt = (element) => element?.closest('[translate="no"], script, style, noscript') != null
    const plain = /[A-Za-z]/
    const found = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const node = walker.currentNode
      if (plain.test(node.data) && !exempt(node.parentElement)) found.push(node.data.trim())
    }
    const spoken = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt']
    for (const element of document.body.querySelectorAll('*')) {
      if (exempt(element)) continue
      for (const name of spoken) {
        const value = element.getAttribute(name)
        if (value && plain.test(value)) found.push(`${name}="${value}"`)
      }
    }
    return found
  })
}

/** Asserts the page as it is now is worded by the catalog; `where` names the moment for the message. */
async function assertWorded(page, where) {
  assert.deepEqual(await unworded(page), [], `plain words on ${where}`)
}

/** The buttons that move a practice on, in the pseudo-language. */
const forward = ['Next', 'Begin', 'Start now', 'Start', 'Finish', 'Understood', 'Next: a kind reply', 'Save', 'Keep this letter', 'Keep these', 'Go on when you are ready', 'I am back'].map(p)

/** Walks a flow forward as a person would, checking each step, until no forward button is left. */
async function walkForward(app, page, where, { steps = 12, before } = {}) {
  for (let step = 0; step < steps; step += 1) {
    await before?.(page)
    await assertWorded(page, `${where}, step ${step + 1}`)
    const next = page.getByRole('button', { name: new RegExp(`^(${forward.map(escape).join('|')})$`) }).first()
    if ((await next.count()) === 0 || !(await next.isEnabled())) return step + 1
    await next.click()
    await page.clock.runFor(500)
    // A step that asks main (a save) moves on when main answers: look at the next step only then.
    await app.settle()
  }
  return steps
}

/** The check-in (one tap) and any empty field (a few words), as a person answers them. */
async function answerAsAPerson(page) {
  const scale = page.getByRole('button', { name: '3', exact: true })
  if ((await scale.count()) > 0) {
    await assertWorded(page, 'a check-in')
    await scale.click()
  }
  await fillEmptyFields(page)
}

async function fillEmptyFields(page) {
  // One look at the page, not a wait: after a save the screen moves on when main answers, which under load
  // can fall between asking whether a field is there and reading it.
  // So the field is found and written in one step, as React hears typing: the value's own setter, then 'input'.
  await page.evaluate((text) => {
    const field = document.querySelector('input[type="text"], input:not([type]), textarea')
    if (!field || field.readOnly || field.disabled || field.value !== '') return
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(field, text)
    field.dispatchEvent(new Event('input', { bubbles: true }))
  }, written)
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

test('the pseudo-language build exists (npm run build:pseudo)', () => {
  assert.ok(fs.existsSync(path.join(outDir, 'main', 'app.js')), 'run "npm run build:pseudo" first')
})

test('a first run, the home screen and every practice are worded by the pseudo-language', async () => {
  const firstRun = { schemaVersion: 1, firstRun: { welcomed: false, backdraftNoteSeen: false } }
  await withApp({ outDir, locale: 'xx', now: tuesdayMorning, settings: firstRun }, async (app) => {
    const page = await app.waitForWindow()
    await page.locator('main[data-screen="welcome"]').waitFor()
    await walkForward(app, page, 'the welcome')
    for (const practice of ['Take a break now', 'Breathe', 'Soothing touch', 'Reframe a thought']) {
      await app.tray.click(p(practice))
      await page.locator('main[data-screen]').waitFor()
      const steps = await walkForward(app, page, practice, { before: answerAsAPerson })
      assert.ok(steps > 1, `${practice} moved forward`)
    }
  })
})

test('every guided practice, from its start through each step to its closing, is worded by the pseudo-language', async () => {
  const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }
  await withApp({ outDir, locale: 'xx', now: tuesdayMorning, settings: settled }, async (app) => {
    await app.tray.click(p('All practices'))
    const page = await app.waitForWindow()
    const practices = page.locator('.library-item .practice')
    const count = await practices.count()
    let guided = 0
    for (let at = 0; at < count; at += 1) {
      if (at > 0) await app.tray.click(p('All practices'))
      await page.locator('main[data-screen="library"]').waitFor()
      await practices.nth(at).click()
      const screen = await page.locator('main[data-screen]').getAttribute('data-screen')
      if (!screen.startsWith('practice:')) continue
      guided += 1
      // The practice's own words load when it opens: walk once its start is there.
      await page.getByRole('button', { name: p('Begin') }).waitFor()
      const steps = await walkForward(app, page, screen, { steps: 20, before: fillEmptyFields })
      assert.ok(steps > 3, `${screen} moved through its steps`)
      await page.getByRole('heading', { level: 2, name: p('That was your moment') }).waitFor()
    }
    assert.equal(guided, 10, 'every guided practice of the library was walked')
  })
})

/** Opens every folded section of the page, so what it hides is checked too. */
async function unfoldAll(page) {
  // Opening one section can show others folded inside it, so open until none is left (a few rounds at most).
  for (let round = 0; round < 5; round += 1) {
    const opened = await page.evaluate(() => {
      const folded = [...document.querySelectorAll('button[aria-expanded="false"]')]
      for (const button of folded) button.click()
      return folded.length
    })
    if (opened === 0) return
    await page.clock.runFor(500)
  }
}

test("the break's phrases, finding one's own, and the way out when it is too much are worded by the pseudo-language", async () => {
  const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }
  await withApp({ outDir, locale: 'xx', now: tuesdayMorning, settings: settled }, async (app) => {
    await app.tray.click(p('Take a break now'))
    const page = await app.waitForWindow()
    await page.getByRole('button', { name: p('Begin'), exact: true }).click()
    await page.getByRole('button', { name: p('Feeling overwhelmed?') }).click()
    await assertWorded(page, 'feeling overwhelmed')
    await page.getByRole('button', { name: p('Back to the practice') }).click()
    await page.getByRole('button', { name: p('Edit my phrases') }).click()
    await page.getByRole('heading', { name: p('My kind phrases') }).waitFor()
    await assertWorded(page, 'my phrases')
    await page.getByRole('button', { name: p('Back to the break') }).click()
    for (let card = 0; card < 2; card += 1) await page.getByRole('button', { name: p('Next'), exact: true }).click()
    await page.getByRole('button', { name: p('Find my phrases') }).click()
    await walkForward(app, page, 'find my phrases', { before: fillEmptyFields })
  })
})

test('the journal, settings, about, the doubts, the library, the path and notices are worded by the pseudo-language', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-pseudo-'))
  // A settings file that cannot be read: the notice about it is main's code, worded by the window.
  fs.writeFileSync(path.join(dir, 'settings.json'), '{ not json')
  await withApp({ outDir, locale: 'xx', now: tuesdayMorning, userDataDir: dir }, async (app) => {
    const page = await app.waitForWindow()
    await page.locator('main[data-screen]').waitFor()
    await walkForward(app, page, 'the welcome, with a notice')
    await app.tray.click(p('Reframe a thought'))
    await walkForward(app, page, 'a reframe, saved', { before: fillEmptyFields })
    await app.tray.click(p('Journal'))
    await page.locator('main[data-screen="journal"]').waitFor()
    await unfoldAll(page)
    await assertWorded(page, 'the journal, every section open')
    await page.getByRole('searchbox').fill(written)
    await page.clock.runFor(1_000)
    await assertWorded(page, 'the journal, searched')
    for (const [write, where] of [['A letter to yourself', 'a letter, kept'], ['Three good things', 'three good things, kept']]) {
      await app.tray.click(p('Journal'))
      await page.locator('main[data-screen="journal"]').waitFor()
      await page.getByRole('navigation', { name: p('Write') }).getByRole('button', { name: p(write) }).click()
      await walkForward(app, page, where, { before: fillEmptyFields })
    }
    await app.tray.click(p('Settings'))
    await page.locator('main[data-screen="settings"]').waitFor()
    await unfoldAll(page)
    await assertWorded(page, 'the settings')
    await page.getByRole('button', { name: p('About Kindbreak') }).click()
    await page.locator('main[data-screen="about"]').waitFor()
    await assertWorded(page, 'about')
    await page.getByRole('button', { name: p('Isn’t this self-pity? Five common doubts') }).click()
    await page.locator('main[data-screen="doubts"]').waitFor()
    await assertWorded(page, 'the doubts')
    await app.tray.click(p('All practices'))
    await page.locator('main[data-screen="library"]').waitFor()
    await assertWorded(page, 'the library')
    await app.tray.click(p('A gentle path'))
    await page.locator('main[data-screen="path"]').waitFor()
    await assertWorded(page, 'the path, before starting')
    for (const [choice, where] of [['Start with week 1', 'on week 1'], ['Pause the path', 'paused'], ['Leave the path', 'left']]) {
      await page.getByRole('button', { name: p(choice) }).click()
      await page.getByRole('button', { name: p(choice) }).waitFor({ state: 'detached' })
      await assertWorded(page, `the path, ${where}`)
    }
    await page.getByRole('button', { name: p('Rejoin at week 1') }).click()
    await page.keyboard.press('Escape')
    await page.locator('main[data-screen="home"]').waitFor()
    await assertWorded(page, 'home, on the path')
  })
})

test('the heads-up before a break is worded by the pseudo-language', async () => {
  const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true } }
  await withApp({ outDir, locale: 'xx', now: tuesdayMorning, settings: settled }, async (app) => {
    await app.clock.tick(44 * minute)
    const page = await app.waitForWindow()
    await page.locator('main[data-screen="heads-up"]').waitFor()
    await assertWorded(page, 'the heads-up')
  })
})

test('a desktop without a tray shows its window worded by the pseudo-language', async () => {
  await withApp({ outDir, locale: 'xx', now: tuesdayMorning, world: { session: 'wayland', desktop: 'gnome', trayHost: false } }, async (app) => {
    const page = await app.waitForWindow()
    await page.locator('main[data-screen]').waitFor()
    await walkForward(app, page, 'the welcome without a tray')
    await assertWorded(page, 'home without a tray')
  })
})

test('the tray, its status and the notifications speak the pseudo-language', async () => {
  await withApp({ outDir, locale: 'xx', now: tuesdayMorning, world: { session: 'wayland', desktop: 'gnome' } }, async (app) => {
    const plain = (texts) => texts.filter((text) => /[A-Za-z]/.test(text))
    assert.deepEqual(plain(app.tray.labels()), [])
    assert.deepEqual(plain(app.tray.submenu(p('Pause breaks'))), [])
    assert.deepEqual(plain([app.tray.tooltip()]), [])
    await app.clock.tick(44 * minute)
    await app.clock.tick(2 * minute)
    const notifications = app.notifications().flatMap((notification) => [notification.title, notification.body])
    assert.ok(notifications.length >= 2, 'a heads-up and the break were announced')
    assert.deepEqual(plain(notifications), [])
  })
})
