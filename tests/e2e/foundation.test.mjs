import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { eventually, openFromTray, readRefusal, readSettingsFile, withApp } from './support.mjs'

test('the tray offers every way in, and "Take a break now" opens one window that takes focus', async () => {
  await withApp({}, async (app) => {
    assert.deepEqual(app.tray.labels(), [
      'Take a break now', 'Breathe', 'Soothing touch', 'Reframe a thought', 'Next break in 45 min',
      'Pause breaks', 'Skip next break', 'Journal', 'All practices', 'A gentle path', 'Settings', 'Quit Kindbreak',
    ])
    assert.equal(app.tray.isEnabled('Next break in 45 min'), false, 'the status line is not clickable')
    assert.deepEqual(app.tray.submenu('Pause breaks'), ['For 30 minutes', 'For 1 hour', 'For 2 hours', 'Until tomorrow', 'Until I resume'])
    assert.equal(app.tray.tooltip(), 'Kindbreak: Next break in 45 min')
    assert.match(app.tray.icon(), /tray-.*\.png$/)
    assert.equal(app.windows().length, 0, 'nothing shows before the person asks')

    const page = await openFromTray(app, 'Take a break now')
    const windows = app.windows()
    assert.equal(windows.length, 1)
    assert.equal(windows[0].focused, true)
    assert.equal(windows[0].alwaysOnTop, true)
    assert.ok(windows[0].bounds.width <= 480, 'a small window')
    assert.equal(await page.locator('main').getAttribute('data-screen'), 'break', 'the break practice chosen in Settings')
  })
})

test('the home screen lists every practice with a line on what it is', async () => {
  await withApp({}, async (app) => {
    await app.pressHotkey()
    const page = await app.waitForWindow()
    await page.getByRole('heading', { level: 1, name: 'Kindbreak' }).waitFor()
    for (const practice of ['Self-compassion break', 'Breathe', 'Soothing touch', 'Reframe a thought']) {
      await page.getByRole('button', { name: new RegExp(`^${practice}`) }).waitFor()
    }
  })
})

test('the hotkey shows the same window again after it was closed', async () => {
  await withApp({}, async (app) => {
    assert.deepEqual(app.hotkeys(), ['CommandOrControl+Alt+K'])
    await app.pressHotkey()
    const first = await app.waitForWindow()
    await first.evaluate(() => window.kindbreak.hideWindow())
    await app.settle()
    assert.equal(app.windows().length, 0, 'hidden')
    await app.pressHotkey('CommandOrControl+Alt+K')
    const again = await app.waitForWindow()
    assert.equal(again, first, 'the very same page, not a new window')
    assert.equal(app.inspect().createdWindows, 1)
    assert.equal(app.windows()[0].focused, true)
  })
})

test('a setting changed in the window survives quitting and starting again', async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-persist-'))
  await withApp({ userDataDir }, async (app) => {
    const page = await openFromTray(app, 'Settings')
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    const interval = page.getByLabel('Minutes between breaks')
    await interval.fill('30')
    await interval.blur()
    await page.getByRole('radio', { name: 'Dark' }).check()
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor()
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark')
    assert.deepEqual(app.tray.labels()[4], 'Next break in 30 min', 'the tray follows at once')
  })
  assert.equal(readSettingsFile(userDataDir).schedule.intervalMinutes, 30)
  await withApp({ userDataDir }, async (app) => {
    assert.equal(app.tray.labels()[4], 'Next break in 30 min')
    const page = await openFromTray(app, 'Settings')
    assert.equal(await page.getByLabel('Minutes between breaks').inputValue(), '30')
    assert.equal(await page.getByRole('radio', { name: 'Dark' }).isChecked(), true)
  })
})

test('a value out of range is explained inline and not saved', async () => {
  await withApp({}, async (app) => {
    const page = await openFromTray(app, 'Settings')
    const interval = page.getByLabel('Minutes between breaks')
    await interval.fill('2')
    await interval.blur()
    await page.getByRole('alert').filter({ hasText: 'from 5 to 240' }).waitFor()
    assert.equal(await interval.getAttribute('aria-invalid'), 'true')
    assert.equal(readSettingsFile(app.userDataDir).schedule.intervalMinutes, 45)
  })
})

test('the page has no Node, and exposes only the kindbreak API, frozen', async () => {
  await withApp({}, async (app) => {
    const page = await openFromTray(app, 'Take a break now')
    assert.equal(await page.evaluate(() => `${typeof require} ${typeof process} ${typeof module}`), 'undefined undefined undefined')
    const api = await page.evaluate(() => ({
      frozen: Object.isFrozen(window.kindbreak),
      keys: Object.keys(window.kindbreak),
      allFunctions: Object.values(window.kindbreak).every((value) => typeof value === 'function'),
      globals: ['ipcRenderer', 'electron', 'require', 'Buffer', 'global'].filter((name) => name in window),
    }))
    assert.equal(api.frozen, true)
    assert.equal(api.allFunctions, true, 'functions only, never an object such as ipcRenderer')
    assert.equal(api.keys.length, app.ipcChannels().length + 1, 'one function per request in the contract, plus on()')
    assert.ok(api.keys.includes('on') && api.keys.includes('getState') && api.keys.includes('updateSettings'))
    assert.deepEqual(api.globals, [])
  })
})

test('window.open and navigation away are refused', async () => {
  await withApp({}, async (app) => {
    const page = await openFromTray(app, 'Take a break now')
    const before = page.url()
    assert.equal(await page.evaluate(() => window.open('https://example.org/')), null)
    await app.settle()
    assert.deepEqual(app.inspect().windowOpenAttempts, [{ url: 'https://example.org/', action: 'deny' }])
    assert.equal(app.openedExternal().length, 0, 'not handed to the browser either: the host is not on the allowlist')
    await page.evaluate(() => { window.location.href = 'https://example.org/elsewhere' })
    await eventually(() => app.inspect().navigationAttempts.length > 0)
    await app.settle()
    assert.deepEqual(app.inspect().navigationAttempts, [{ url: 'https://example.org/elsewhere', prevented: true }])
    assert.equal(page.url(), before)
    assert.equal(app.inspect().windows.length, 1)
    assert.deepEqual(app.inspect().remoteRequests, [], 'no remote content was requested')
  })
})

test('app:// serves the bundle with a strict CSP and refuses path traversal', async () => {
  await withApp({}, async (app) => {
    const page = await openFromTray(app, 'Take a break now')
    // A bare page: the app page's own CSP (connect-src 'none') forbids fetch, as it should.
    const probe = await page.context().newPage()
    const base = new URL(page.url()).origin
    const ok = await probe.goto(`${base}/index.html`)
    assert.equal(ok.status(), 200)
    const csp = ok.headers()['content-security-policy']
    assert.match(csp, /connect-src 'none'/)
    assert.match(csp, /script-src 'self'/)
    assert.doesNotMatch(csp, /unsafe-eval|https?:/)
    const traversal = await probe.goto(`${base}/..%2F..%2Fmain%2Fmain.js`)
    assert.equal(traversal.status(), 403)
    await probe.close()
  })
})

test('a request that breaks the contract gets a clear error and changes nothing', async () => {
  await withApp({}, async (app) => {
    const page = await openFromTray(app, 'Take a break now')
    const before = fs.readFileSync(path.join(app.userDataDir, 'settings.json'), 'utf8')
    // Main refuses with a code and the fields at fault (never values, never sentences); the window words it.
    const refusal = (payload) =>
      page.evaluate((p) => window.kindbreak.updateSettings(p).then(() => 'accepted', (e) => e.message), payload).then(readRefusal)
    const schedule = await page.evaluate(() => window.kindbreak.getState().then((s) => s.settings.schedule))
    const invalid = (...fields) => ({ code: 'invalid-request', fields })
    assert.deepEqual(await refusal({ schedule: { ...schedule, intervalMinutes: 'soon' } }), invalid('schedule.intervalMinutes'))
    assert.deepEqual(await refusal({ schedule: { ...schedule, intervalMinutes: 1 } }), invalid('schedule.intervalMinutes'))
    assert.deepEqual(await refusal({ theme: 'dark', isAdmin: true }), invalid('isAdmin'))
    assert.deepEqual(await refusal({ hotkey: 'K' }), invalid('hotkey'))
    assert.equal(fs.readFileSync(path.join(app.userDataDir, 'settings.json'), 'utf8'), before, 'the file is untouched')
    // A page that is not Kindbreak's own cannot use the bridge at all.
    const stranger = await page.context().newPage()
    await stranger.goto('http://local-file.invalid/' + 'x'.repeat(3)).catch(() => {})
    const strangerError = await stranger.evaluate(() => window.__fakeIpc('invoke', 'app:get-state', []).then(() => 'accepted', (e) => e.message))
    assert.deepEqual(readRefusal(strangerError), { code: 'untrusted-sender' })
    await stranger.close()
  })
})

test('an unreadable settings file is moved aside, defaults are used, and the person is told', async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-corrupt-'))
  fs.writeFileSync(path.join(userDataDir, 'settings.json'), '{"schedule": {"intervalMinutes": 30}, "theme": "dark"')
  await withApp({ userDataDir }, async (app) => {
    const aside = fs.readdirSync(userDataDir).filter((name) => /^settings\.corrupt-.*\.json$/.test(name))
    assert.equal(aside.length, 1)
    assert.equal(fs.readFileSync(path.join(userDataDir, aside[0]), 'utf8'), '{"schedule": {"intervalMinutes": 30}, "theme": "dark"', 'kept byte for byte')
    assert.equal(readSettingsFile(userDataDir).schedule.intervalMinutes, 45)
    assert.match(app.notifications()[0].title, /default settings/)
    const page = await openFromTray(app, 'Take a break now')
    const notice = page.getByRole('status').filter({ hasText: 'could not be read' })
    await notice.waitFor()
    assert.match(await notice.textContent(), new RegExp(aside[0].replace(/\./g, '\\.')))
    await page.getByRole('button', { name: 'Dismiss this message' }).click()
    await notice.waitFor({ state: 'detached' })
  })
})

test('a hotkey another app holds is reported, and Kindbreak still starts', async () => {
  await withApp({ hotkeysTakenElsewhere: ['CommandOrControl+Alt+K'] }, async (app) => {
    assert.deepEqual(app.hotkeys(), [])
    assert.match(app.notifications().map((n) => n.title).join('|'), /hotkey is not available/)
    const page = await openFromTray(app, 'Settings')
    await page.getByText('could not be registered').waitFor()
    const field = page.getByLabel('Hotkey that opens Kindbreak')
    await field.focus()
    await page.locator('.hotkey-input + p').filter({ hasText: 'Listening' }).waitFor()
    await page.keyboard.press('Control+Shift+Y')
    await page.getByText('now opens Kindbreak').waitFor()
    assert.deepEqual(app.hotkeys(), ['CommandOrControl+Shift+Y'])
  })
})

test('a second launch with a flag drives the running instance; unknown flags are reported', async () => {
  await withApp({}, async (app) => {
    await app.secondInstance(['--settings'])
    const page = await app.waitForWindow()
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    await app.secondInstance(['--frobnicate'])
    assert.deepEqual(app.notifications().at(-1), { title: 'Kindbreak did not recognise a flag', body: 'Unknown: --frobnicate. Run kindbreak --help for the list.' })
    await app.secondInstance(['--journal', '--no-sandbox'])
    assert.equal(app.notifications().length, 1, 'Chromium switches are not ours to complain about')
  })
})

test('a first launch with a flag opens that screen', async () => {
  await withApp({ argv: ['--settings'] }, async (app) => {
    const page = await app.waitForWindow()
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
  })
})

test('Quit Kindbreak leaves through the app\'s own quit path', async () => {
  await withApp({}, async (app) => {
    await openFromTray(app, 'Take a break now')
    await app.tray.click('Quit Kindbreak')
    // The quit waits for the journal's thread to finish what it was given (at most 5 s), then goes on.
    await eventually(() => app.inspect().trays.length === 0, { message: 'the app never finished quitting' })
    assert.deepEqual(app.hotkeys(), [], 'the hotkey is released')
    assert.equal(app.inspect().windows.length, 0, 'the window is gone')
    assert.equal(app.inspect().trays.length, 0, 'the tray icon is gone')
  })
})
