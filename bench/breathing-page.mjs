// What the breathing tests and the breathing bench both need: the presets as the issue writes them, the
// phase starts they imply, and a recorder that watches the page the way a screen reader would (the polite
// live region) and reads times from the page's own steady clock. Worked out independently of the app's
// timeline code, so a test that uses them checks the app against the issue, not against itself.

/** Each preset: what is announced, for how many seconds (0 s phases left out, as the app skips them). */
export const presets = [
  { name: 'Box 4-4-4-4', phases: [['Breathe in', 4], ['Hold', 4], ['Breathe out', 4], ['Hold', 4]] },
  { name: '4-7-8', phases: [['Breathe in', 4], ['Hold', 7], ['Breathe out', 8]] },
  { name: 'Coherent 5.5', phases: [['Breathe in', 5.5], ['Breathe out', 5.5]] },
  { name: 'Extended exhale 4-6', phases: [['Breathe in', 4], ['Breathe out', 6]] },
  { name: 'Physiological sigh', phases: [['Breathe in', 3], ['A little more in', 1], ['Breathe out', 6]] },
]

/** Every phase start before `untilMs` of running time: [{ text, atMs }]. */
export function expectedAnnouncements(phases, untilMs) {
  const expected = []
  for (let cycleStart = 0; cycleStart < untilMs; ) {
    for (const [text, seconds] of phases) {
      if (cycleStart < untilMs) expected.push({ text, atMs: cycleStart })
      cycleStart += seconds * 1000
    }
  }
  return expected
}

/** Breaths completed within `untilMs`: a breath counts once its breath out has ended. */
export function breathsWithin(phases, untilMs) {
  let breaths = 0
  for (let endMs = 0; ; ) {
    for (const [text, seconds] of phases) {
      endMs += seconds * 1000
      if (endMs > untilMs) return breaths
      if (text === 'Breathe out') breaths += 1
    }
  }
}

/**
 * Starts watching the breathing screen: when the session starts (the form's submit, seen in the capture
 * phase just before the app's own handler reads performance.now() in the same event), each text the
 * polite live region takes, and when the closing screen appears. All on performance.now().
 */
export async function recordBreathing(page) {
  await page.evaluate(() => {
    const region = document.querySelector('.breathe [aria-live="polite"]')
    if (!region) throw new Error('the breathing screen has no polite live region')
    const record = { startedAt: null, announced: [], closedAt: null }
    window.__breathe = record
    document.addEventListener('submit', () => { record.startedAt = performance.now() }, { capture: true })
    new MutationObserver(() => {
      record.announced.push({ text: region.textContent, at: performance.now() })
    }).observe(region, { childList: true, characterData: true, subtree: true })
    new MutationObserver(() => {
      if (record.closedAt === null && document.querySelector('.breathe-closing')) record.closedAt = performance.now()
    }).observe(document.body, { childList: true, subtree: true })
  })
}

/**
 * What was recorded, in ms since the session started: the announcements (an empty text is the region
 * being cleared, not an announcement) and the closing.
 */
export async function readBreathing(page) {
  const { startedAt, announced, closedAt } = await page.evaluate(() => window.__breathe)
  if (startedAt === null) throw new Error('no session was started while recording')
  return {
    announced: announced.filter((entry) => entry.text !== '').map((entry) => ({ text: entry.text, atMs: entry.at - startedAt })),
    closedAtMs: closedAt === null ? null : closedAt - startedAt,
  }
}
