// One Chromium per test process, kept warm between apps: starting Chromium costs most of a second, and
// an e2e run starts over a hundred apps. Each app still gets its own browser context (its own pages,
// storage, colour scheme and locale), so nothing carries over from one app to the next but the process.
import { chromium } from 'playwright-core'

/** How long a browser waits for the next app before it closes, so a finished test process can exit. */
const keepWarmMs = 1_500

let idle = null

/** A running browser launched with these settings: the idle one when it matches, else a new one. */
export async function takeBrowser(launchOptions) {
  const key = JSON.stringify(launchOptions)
  if (idle && idle.key === key && idle.browser.isConnected()) {
    const { browser, timer } = idle
    clearTimeout(timer)
    idle = null
    return browser
  }
  await closeIdle()
  return chromium.launch(launchOptions)
}

/** Hands a browser back once its app has quit and its context is closed. */
export async function returnBrowser(browser, launchOptions) {
  await closeIdle()
  const entry = { browser, key: JSON.stringify(launchOptions), timer: null }
  entry.timer = setTimeout(() => {
    if (idle === entry) idle = null
    void browser.close()
  }, keepWarmMs)
  idle = entry
}

async function closeIdle() {
  if (!idle) return
  const { browser, timer } = idle
  idle = null
  clearTimeout(timer)
  await browser.close()
}
