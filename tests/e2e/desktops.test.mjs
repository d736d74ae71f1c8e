// What real desktops do that an ideal one would not, one behaviour at a time (docs/PLATFORMS.md has the
// table): each test puts the app on the desktop where the behaviour happens, through the harness's world,
// and follows a person there. The fake does what Electron does on that desktop, naming the file it follows.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { axeViolations } from './axe.mjs'
import { openFromTray, windowCounts, withApp } from './support.mjs'

const minute = 60_000
/** A Tuesday at 10:00 local time, inside the default working hours. */
const tuesdayMorning = new Date(2025, 2, 4, 10, 0).getTime()
const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }

const waylandGnome = { session: 'wayland', desktop: 'gnome' }
const waylandKde = { session: 'wayland', desktop: 'kde' }
const darwinUnsigned = { platform: 'darwin', signed: false }

async function screenOf(page, expected) {
  await page.locator(`main[data-screen="${expected}"]`).waitFor({ timeout: 5_000 })
}

test('a relaunch opens the window and reports only the person\'s own unknown flag, whatever Electron appends', async () => {
  await withApp({}, async (app) => {
    const plain = await app.secondInstance([])
    const page = await app.waitForWindow()
    await screenOf(page, 'home')
    assert.deepEqual(app.notifications(), [], 'a plain relaunch is not a mistake')
    assert.equal(plain.stderr, '')

    await page.evaluate(() => window.kindbreak.hideWindow())
    await app.secondInstance(['--breathe'])
    await screenOf(await app.waitForWindow(), 'breathe')
    assert.deepEqual(app.notifications(), [], '--secure-schemes, --fetch-schemes, --standard-schemes… are Electron\'s, not the person\'s')

    const typo = await app.secondInstance(['--brake'])
    assert.match(typo.stderr, /Unknown flag: --brake/, 'the second process says it where the person typed it')
    assert.deepEqual(app.notifications(), [{ title: 'Kindbreak did not recognise a flag', body: 'Unknown: --brake. Run kindbreak --help for the list.' }])
    const help = await app.secondInstance(['--help'])
    assert.match(help.stdout, /--pause=1h/)
  })
})

test('no default menu: no menu bar, no Reload or DevTools on Linux and Windows; macOS gets Edit and Quit only', async () => {
  const roles = (menu) => (menu ?? []).flatMap((item) => [item.role, ...roles(item.submenu)]).filter(Boolean)
  for (const world of [{}, { platform: 'win32' }]) {
    await withApp({ world }, async (app) => assert.equal(app.applicationMenu(), null, `${world.platform ?? 'linux'}: no menu at all`))
  }
  await withApp({ world: darwinUnsigned }, async (app) => {
    const menu = app.applicationMenu()
    assert.deepEqual(menu.map((item) => item.label), ['Kindbreak', 'Edit'])
    for (const role of ['quit', 'cut', 'copy', 'paste', 'selectAll']) assert.ok(roles(menu).includes(role), role)
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) assert.ok(!roles(menu).includes(role), `no ${role}`)
  })
})

/** Types `words` into the reframe screen's first field and right-clicks in it (past the words: on the last one). */
async function rightClickWords(app, page, words) {
  const field = page.getByLabel('What is the critical voice saying?')
  await field.fill(words)
  return app.contextMenu.open(field)
}

test('spelling: no dictionary is fetched anywhere; a right click offers cut, copy, paste, and suggestions where the system checks', async () => {
  for (const world of [{}, waylandGnome, { platform: 'win32' }]) {
    await withApp({ world, settings: settled }, async (app) => {
      const page = await openFromTray(app, 'Reframe a thought')
      const labels = await rightClickWords(app, page, 'I always say teh')
      const expected = world.platform === 'win32' ? ['the', 'tech', 'Cut', 'Copy', 'Paste', 'Select all'] : ['Cut', 'Copy', 'Paste', 'Select all']
      assert.deepEqual(labels, expected, `${world.platform ?? 'linux'}: Linux has no local checker, Windows has its own`)
      await app.contextMenu.click('Select all')
      assert.equal(await page.evaluate(() => String(getSelection() || document.activeElement.value.slice(document.activeElement.selectionStart, document.activeElement.selectionEnd))), 'I always say teh')
    })
  }
  await withApp({ world: darwinUnsigned, settings: settled }, async (app) => {
    const page = await openFromTray(app, 'Reframe a thought')
    const labels = await rightClickWords(app, page, 'You are my freind')
    assert.deepEqual(labels, ['friend', 'Cut', 'Copy', 'Paste', 'Select all'])
    await app.contextMenu.click('friend')
    assert.equal(await page.getByLabel('What is the critical voice saying?').inputValue(), 'You are my friend')
  })
})

test('Wayland: a timed heads-up and break come as notifications and never take the keyboard; a click opens them', async () => {
  await withApp({ now: tuesdayMorning, settings: settled, world: waylandKde }, async (app) => {
    await app.clock.tick(44 * minute)
    assert.deepEqual(windowCounts(app), { made: 1, shown: 0 }, 'the window made ready after start stays hidden')
    assert.deepEqual(app.notifications(), [{ title: 'A short break in 1 min', body: 'Finish your sentence; Kindbreak will wait for you.' }])
    await app.clock.tick(minute)
    assert.equal(app.windows().length, 0)
    assert.deepEqual(app.notifications().at(-1), { title: 'Time for a short break', body: 'Click here when you are ready; Kindbreak will wait.' })
    await app.clickNotification()
    const page = await app.waitForWindow()
    await screenOf(page, 'break')
    assert.equal(app.windows()[0].focused, true, 'the person asked for it')
    // Settings says how breaks arrive here instead of offering a popup that cannot be quiet.
    await page.evaluate(() => window.kindbreak.hideWindow())
    const settings = await openFromTray(app, 'Settings')
    await settings.getByText('breaks arrive as notifications').waitFor()
    assert.equal(await settings.getByText('A small window in the corner').count(), 0)
  })
})

test('GNOME without a tray host: the window opens at start, says how to come back, and offers pause and quit', async () => {
  await withApp({ now: tuesdayMorning, settings: settled, world: { ...waylandGnome, trayHost: false } }, async (app) => {
    assert.throws(() => app.tray.labels(), /no tray icon shows/)
    const page = await app.waitForWindow()
    await screenOf(page, 'home')
    await page.getByText('Your desktop shows no tray icons').waitFor()
    await page.getByText('press Ctrl+Alt+K or open Kindbreak again from your applications').waitFor()
    await page.getByRole('button', { name: 'Pause breaks for 1 hour' }).click()
    await page.getByRole('button', { name: 'Resume breaks' }).waitFor()
    await page.evaluate(() => window.kindbreak.hideWindow())
    await app.secondInstance([])
    assert.equal(await app.waitForWindow(), page, 'launching it again brings the window back')
    await page.getByRole('button', { name: 'Quit Kindbreak' }).click()
    await app.settle()
    assert.equal(app.inspect().trays.length, 0, 'quit through the app\'s own path')
  })
})

test('Wayland hotkey: Settings waits for the desktop until a first press proves it; an old binding no longer opens anything', async () => {
  await withApp({ settings: settled, world: waylandGnome }, async (app) => {
    assert.equal(await app.pressHotkey('CommandOrControl+Alt+K'), false, 'GNOME has not bound it: the person has not allowed it yet')
    assert.equal(app.windows().length, 0)
    const page = await openFromTray(app, 'Settings')
    await page.getByText('Kindbreak asked your desktop for CommandOrControl+Alt+K').waitFor()
    await page.evaluate(() => window.kindbreak.hideWindow())
    assert.equal(await app.desktopPortal.allowShortcuts(), true)
    assert.equal(await app.pressHotkey('CommandOrControl+Alt+K'), true)
    await app.waitForWindow()
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByText('Select the field, then press the keys together').waitFor()
    assert.equal(await page.getByText('Kindbreak asked your desktop').count(), 0, 'a press proved it works')

    await page.evaluate(() => window.kindbreak.updateSettings({ hotkey: 'Alt+Shift+B' }))
    await page.evaluate(() => window.kindbreak.hideWindow())
    assert.equal(await app.pressHotkey('CommandOrControl+Alt+K'), true, 'the portal keeps the old binding (unregister does not let go)')
    assert.equal(app.windows().length, 0, 'but the app ignores it')
  })
})

test('the tray glyph follows the panel, not the app theme; Windows opens on a left click and its toasts carry the app id', async () => {
  const iconOf = (app) => path.basename(app.tray.icon())
  await withApp({ settings: { ...settled, theme: 'dark' }, world: { platform: 'win32', panelDark: false } }, async (app) => {
    assert.equal(iconOf(app), 'tray-normal-light-16.png', 'a light taskbar gets the dark glyph, whatever the app theme')
    await app.tray.leftClick()
    const page = await app.waitForWindow()
    await screenOf(page, 'home')
    await app.secondInstance(['--frobnicate'])
    assert.equal(app.notifications().length, 1, 'shown under Kindbreak\'s AppUserModelID')
    assert.deepEqual(app.droppedNotifications(), [])
  })
  await withApp({ settings: { ...settled, theme: 'light' }, world: waylandGnome }, async (app) => {
    assert.equal(iconOf(app), 'tray-normal-dark-22.png', 'GNOME\'s top bar is dark in both modes')
  })
  await withApp({ settings: { ...settled, theme: 'light' }, world: waylandKde }, async (app) => {
    assert.equal(iconOf(app), 'tray-normal-any-22.png', 'KDE\'s panel shade cannot be read: a glyph that reads on both')
    await app.tray.leftClick()
    await screenOf(await app.waitForWindow(), 'home')
  })
})

test('macOS unsigned: a refused notification falls back to the quiet window; start at login is read back before Settings claims it', async () => {
  await withApp({ now: tuesdayMorning, settings: { ...settled, delivery: 'notification' }, world: darwinUnsigned }, async (app) => {
    await app.clock.tick(44 * minute)
    assert.equal(app.notifications().length, 0)
    assert.equal(app.droppedNotifications().length, 1, 'macOS refused it')
    const page = await app.waitForWindow()
    await screenOf(page, 'heads-up')
    assert.equal(app.windows()[0].focused, false, 'the fallback window does not take the keyboard either')
    await page.evaluate(() => window.kindbreak.hideWindow())

    const settings = await openFromTray(app, 'Settings')
    const refusal = await settings.evaluate(() => window.kindbreak.updateSettings({ startAtLogin: true }).then(() => 'accepted', (error) => String(error)))
    assert.match(refusal, /did not accept the login item/)
    assert.equal((await settings.evaluate(() => window.kindbreak.getState())).settings.startAtLogin, false, 'nothing claimed')
  })
})

test('macOS: opening the running app again from Finder opens the window', async () => {
  await withApp({ settings: settled, world: { platform: 'darwin' } }, async (app) => {
    assert.equal(path.basename(app.tray.icon()), 'tray-normalTemplate.png')
    await app.activate()
    await screenOf(await app.waitForWindow(), 'home')
  })
})

test('the window paints its own background before the page, in both themes: no black flash', async () => {
  for (const theme of ['light', 'dark']) {
    await withApp({ settings: { ...settled, theme } }, async (app) => {
      const page = await openFromTray(app, 'Settings')
      const body = await page.evaluate(() => {
        const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number)
        return `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`.toUpperCase()
      })
      assert.equal(app.windows()[0].backgroundColor, body, theme)
      const other = theme === 'light' ? 'dark' : 'light'
      await page.evaluate((value) => window.kindbreak.updateSettings({ theme: value }), other)
      assert.notEqual(app.windows()[0].backgroundColor, body, 'follows a change of theme')
    })
  }
})

test('Linux without a keyring (basic_text): Settings says the journal cannot be encrypted, and entries are written, not lost', async () => {
  await withApp({ settings: settled, world: { keyring: 'basic_text' } }, async (app) => {
    const page = await openFromTray(app, 'Settings')
    await page.getByText('This system offers no safe place for a key').waitFor()
    const saved = await page.evaluate(() => window.kindbreak.saveJournalEntry({ harshVoice: 'Nothing ever works', kindReply: 'Some things do; this is hard today.' }))
    assert.equal(saved.ok, true)
    assert.match(fs.readFileSync(path.join(app.userDataDir, 'journal.jsonl'), 'utf8'), /Some things do/, 'written plainly, as Settings says')
  })
})

test('Linux tells the app nothing about a locked screen; Windows and macOS do', async () => {
  await withApp({}, async (app) => {
    await assert.rejects(app.power.emit('lock-screen'), /macOS and Windows only/)
  })
  await withApp({ world: { platform: 'darwin' } }, async (app) => {
    await app.power.emit('lock-screen')
    assert.match(app.tray.tooltip(), /sleeps/)
  })
})

test('what these desktops add to the window is accessible, light and dark, English and Spanish', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const locale of ['en-US', 'es-ES']) {
      await withApp({ settings: settled, colorScheme, locale, world: { ...waylandGnome, trayHost: false } }, async (app) => {
        const page = await app.waitForWindow()
        await page.locator('.notice').waitFor()
        assert.deepEqual(await axeViolations(page), [], `home without a tray (${colorScheme}, ${locale})`)
        await app.secondInstance(['--settings'])
        await screenOf(page, 'settings')
        await page.getByText(locale === 'en-US' ? 'Kindbreak asked your desktop' : 'Kindbreak pidió').waitFor()
        assert.deepEqual(await axeViolations(page), [], `Settings on Wayland (${colorScheme}, ${locale})`)
      })
    }
  }
})
