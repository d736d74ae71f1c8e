// axe-core, run in the page as it is: injected once per page and asked for violations only. The
// @axe-core/playwright wrapper re-injects axe on every call and finishes each run in a fresh page, which
// took about 2 s a screen here against about 0.2 s for this (measured on the Settings screen).
import axe from 'axe-core'

/** Every violation on the page now, one line each: rule, impact and the elements it names. */
export async function axeViolations(page) {
  await transitionsEnded(page)
  const injected = await page.evaluate(() => typeof window.axe?.run === 'function')
  // Evaluated through the DevTools protocol, so the page's strict CSP does not apply to it.
  if (!injected) await page.evaluate(axe.source)
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => node.target.join(' ')) })))
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.targets.join(', ')}`)
}

/**
 * Text that fades in is judged as a person reads it, once the fade has ended: a finite CSS animation or
 * transition still running is waited for (it runs on real time, whatever the page clock does).
 */
function transitionsEnded(page) {
  return page.evaluate(() => Promise.all(document.getAnimations()
    .filter((animation) => animation.playState === 'running' && Number.isFinite(animation.effect?.getComputedTiming().endTime))
    .map((animation) => animation.finished.catch(() => undefined))))
}
