// A tray app runs for weeks. Open the window, take a short practice and close it a hundred times: the
// windows, listeners, timers and DOM nodes come back to where they started, and the heap barely grows.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { withApp } from './support.mjs'

const settled = { firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }
const rounds = 100

async function measure(app, page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return {
    windows: app.inspect().windows.length,
    pages: app.inspect().context.pages().length,
    ipcListeners: await page.evaluate(() => window.__fakeIpcListenerCount()),
    domNodes: await page.evaluate(() => document.getElementsByTagName('*').length),
    mainTimers: app.clock.pending(),
    heapBytes: usedSize,
  }
}

test(`${rounds} rounds of open, practise, close leak nothing`, { timeout: 600_000 }, async () => {
  await withApp({ settings: settled }, async (app) => {
    await app.pressHotkey()
    const page = await app.waitForWindow()
    await page.getByRole('heading', { level: 1, name: 'Kindbreak' }).waitFor()
    // One round first, so caches that fill once (fonts, compiled styles, lazy chunks) are in the baseline.
    const round = async () => {
      await app.tray.click('Soothing touch')
      await page.getByRole('heading', { level: 1, name: 'Soothing touch' }).waitFor()
      for (let card = 0; card < 3; card += 1) await page.getByRole('button', { name: 'Skip', exact: true }).click()
      await page.getByRole('heading', { level: 2, name: 'That was your moment' }).waitFor()
      await page.getByRole('button', { name: 'Close the window' }).click()
      await app.settle()
      assert.equal(app.windows().length, 0, 'closed')
      await app.pressHotkey()
      await page.getByRole('heading', { level: 1, name: 'Kindbreak' }).waitFor()
    }
    await round()
    const before = await measure(app, page)
    for (let i = 0; i < rounds; i += 1) await round()
    const after = await measure(app, page)
    assert.equal(after.windows, before.windows, 'one window, reused')
    assert.equal(after.pages, before.pages, 'no renderer left behind')
    assert.equal(after.ipcListeners, before.ipcListeners, 'IPC listeners back to baseline')
    assert.equal(after.domNodes, before.domNodes, 'DOM nodes back to baseline')
    assert.equal(after.mainTimers, before.mainTimers, 'main-process timers back to baseline')
    const growth = after.heapBytes - before.heapBytes
    assert.ok(growth < 2 * 1024 * 1024, `renderer heap grew by ${(growth / 1024).toFixed(0)} KiB over ${rounds} rounds (limit 2 MiB)`)
    console.log(`leak test: ${JSON.stringify({ before, after, growthKiB: Math.round(growth / 1024) })}`)
  })
})
