// Saves every screen of the built app, light and dark, as docs/screenshots/<screen>-<theme>.png, through the
// same harness the e2e tests use. `npm run screenshots` builds first; then look at them.
//   node scripts/screenshots.mjs [screen…] [--out=<folder>] [--full]
// Each picture is the window as a person first sees it (440×580); --full takes whole long pages instead,
// for reviewing a screen end to end.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { guidedData } from '../tests/e2e/guided-data.mjs'
import { launchApp } from '../tests/harness/index.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const minute = 60_000
/** A Tuesday morning, inside the default working hours, so the break timer behaves as on a usual day. */
const tuesdayMorning = new Date(2025, 2, 4, 10, 0).getTime()
const seen = { firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }

/** How a person reaches each screen; each returns the window's page once it shows that screen. */
const screens = {
  home: async (app) => {
    await app.pressHotkey()
    return app.waitForWindow()
  },
  'heads-up': async (app) => {
    await app.clock.tick(44 * minute)
    return app.waitForWindow()
  },
  break: (app) => fromTray(app, 'Take a break now'),
  breathe: (app) => fromTray(app, 'Breathe'),
  touch: (app) => fromTray(app, 'Soothing touch'),
  reframe: (app) => fromTray(app, 'Reframe a thought'),
  journal: (app) => fromTray(app, 'Journal'),
  // The journal's other kinds: a letter begun, three good things written, and the journal holding all three kinds.
  letter: async (app) => {
    const page = await writeFromJournal(app, 'A letter to yourself')
    await page.getByLabel('Your letter').fill('Dear me,\n\nI know this week asked a lot of you, and you kept going anyway.')
    await page.locator('.letter-prompts').evaluate((prompts) => prompts.scrollIntoView({ block: 'start' }))
    return page
  },
  'good-things': async (app) => {
    const page = await writeFromJournal(app, 'Three good things')
    for (const [label, words] of goodThingsShown) await page.getByLabel(label).fill(words)
    await page.getByLabel(goodThingsShown[0][0]).focus()
    await page.locator('main').evaluate((main) => main.scrollIntoView({ block: 'start' }))
    return page
  },
  'journal-kinds': { screen: 'journal', world: undefined, open: async (app) => {
    const page = await fromTray(app, 'Journal')
    await page.evaluate(async (goodThings) => {
      const [wentWell, alsoWentWell, aboutMe] = goodThings.map(([, words]) => words)
      await window.kindbreak.saveJournalEntry({ harshVoice: 'You always leave things to the last minute.', kindReply: 'You were juggling a lot, and you still got it done.' })
      await window.kindbreak.saveJournalEntry({ kind: 'letter', letter: 'Dear me,\n\nI know this week asked a lot of you, and you kept going anyway. That counts.' })
      await window.kindbreak.saveJournalEntry({ kind: 'good-things', wentWell, alsoWentWell, aboutMe })
    }, goodThingsShown)
    await app.tray.click('Settings')
    const journal = await fromTray(app, 'Journal')
    await journal.locator('.journal-entry').first().waitFor()
    await journal.locator('.journal-search-row').evaluate((row) => row.scrollIntoView({ block: 'start' }))
    return journal
  } },
  settings: (app) => fromTray(app, 'Settings'),
  // The optional life focus, one section down Settings, with a focus chosen.
  'settings-rhythm': {
    screen: 'settings',
    world: undefined,
    open: async (app) => {
      const page = await fromTray(app, 'Settings')
      const section = page.getByRole('region', { name: 'A daily rhythm' })
      for (const toggle of ['A daily moment', 'Micro-pauses between breaks']) await section.getByRole('checkbox', { name: toggle }).check()
      await page.locator('#rhythm-heading').evaluate((heading) => heading.scrollIntoView({ block: 'start' }))
      return page
    },
  },
  'settings-focus': {
    screen: 'settings',
    world: undefined,
    open: async (app) => {
      const page = await fromTray(app, 'Settings')
      await page.getByRole('radio', { name: 'Caring for someone' }).check()
      await page.locator('#life-focus').evaluate((section) => section.scrollIntoView({ block: 'center' }))
      return page
    },
  },
  welcome: (app) => app.waitForWindow(),
  about: async (app) => {
    const page = await fromTray(app, 'Settings')
    await page.getByRole('button', { name: 'About Kindbreak' }).click()
    return page
  },
  doubts: async (app) => {
    const page = await screens.about(app)
    await page.getByRole('button', { name: 'Isn’t this self-pity? Five common doubts' }).click()
    return page
  },
  library: (app) => fromTray(app, 'All practices'),
  path: (app) => fromTray(app, 'A gentle path'),
  // The path as someone on its third week sees it.
  'path-week': { screen: 'path', settings: { path: { status: 'on', week: 3 } }, open: (app) => fromTray(app, 'A gentle path') },
  ...guidedShots(),
  // Screens as other desktops show them (tests/harness/desktops.mjs, docs/PLATFORMS.md).
  'home-no-tray': { screen: 'home', world: { session: 'wayland', desktop: 'gnome', trayHost: false }, open: (app) => app.waitForWindow() },
  'settings-wayland': { screen: 'settings', world: { session: 'wayland', desktop: 'gnome' }, open: (app) => fromTray(app, 'Settings') },
}

/**
 * One step of each guided practice: the first that shows more than words (a touch cue, a breath's shape,
 * the person's wishes, a question), else the first; reached from the library with Begin and Next.
 */
function guidedShots() {
  return Object.fromEntries(Object.values(guidedData.guidedPractices).map((practice) => {
    const steps = practice.lengths[0].steps
    const shown = Math.max(0, steps.findIndex((step) => step.touch || step.pace || step.phrases || step.answer))
    const open = async (app) => {
      const page = await fromTray(app, 'All practices')
      await page.locator('.library-item .practice').filter({ hasText: guidedData.catalogs.en.guidedNames[practice.id].name }).click()
      await page.getByRole('button', { name: 'Begin' }).click()
      for (let step = 0; step < shown; step += 1) await page.locator('.practice-nav .button').nth(1).click()
      await page.locator('.guided-step h2').waitFor()
      return page
    }
    return [`practice-${practice.id}`, { screen: `practice:${practice.id}`, world: undefined, open }]
  }))
}

/** A screen's name in the page, the desktop it is taken on, settings of its own if any, and how to reach it. */
const describeShot = (name) => (typeof screens[name] === 'function' ? { screen: name, world: undefined, open: screens[name] } : screens[name])

const goodThingsShown = [
  ['Something that went well', 'A slow coffee in the sun before work.'],
  ['Something else that went well', 'The team meeting ended early.'],
  ['Something about you', 'I said no to an extra task, kindly and clearly.'],
]

async function writeFromJournal(app, name) {
  const page = await fromTray(app, 'Journal')
  await page.getByRole('navigation', { name: 'Write' }).getByRole('button', { name }).click()
  return page
}

async function fromTray(app, label) {
  await app.tray.click(label)
  return app.waitForWindow()
}

const args = process.argv.slice(2)
const outDir = path.resolve(root, args.find((arg) => arg.startsWith('--out='))?.slice('--out='.length) ?? 'docs/screenshots')
const fullPage = args.includes('--full')
const chosen = args.filter((arg) => !arg.startsWith('--'))
const unknown = chosen.filter((name) => !(name in screens))
if (unknown.length > 0) {
  process.stderr.write(`Unknown screen: ${unknown.join(', ')}. Known: ${Object.keys(screens).join(', ')}\n`)
  process.exit(2)
}
fs.mkdirSync(outDir, { recursive: true })

let failures = 0
for (const name of chosen.length > 0 ? chosen : Object.keys(screens)) {
  const shot = describeShot(name)
  for (const theme of ['light', 'dark']) {
    const app = await launchApp({
      now: tuesdayMorning,
      colorScheme: theme,
      world: shot.world,
      settings: { schemaVersion: 1, ...seen, ...(name === 'welcome' ? { firstRun: { welcomed: false, backdraftNoteSeen: false } } : {}), ...shot.settings, theme },
    })
    try {
      const page = await shot.open(app)
      await page.locator(`main[data-screen="${shot.screen}"]`).waitFor({ timeout: 5_000 })
      // Let entrance transitions finish, so the picture shows the screen at rest.
      await page.clock.runFor(1_000)
      await page.waitForTimeout(300)
      const file = path.join(outDir, `${name}-${theme}.png`)
      await page.screenshot({ path: file, fullPage })
      process.stdout.write(`saved ${path.relative(root, file)}\n`)
    } catch (error) {
      // A screen still being built is reported, and the others are still taken.
      failures += 1
      process.stderr.write(`could not take ${name} (${theme}): ${error.message.split('\n')[0]}\n`)
    } finally {
      await app.quit()
    }
  }
}
process.exit(failures > 0 ? 1 : 0)
