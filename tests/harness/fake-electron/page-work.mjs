// What a page keeps doing: animation frames asked for, timers and intervals pending, audio contexts running.
// Installed in every window before the app's scripts (after the page clock, so it counts the clock's
// timers when a test installs one). A hidden window with `backgroundThrottling: false` keeps running all
// of these in Electron (docs/api/structures/web-preferences.md), so a test can ask what survives hiding.
export const pageWorkScript = `(() => {
  const live = { frames: new Set(), timeouts: new Set(), intervals: new Set(), audio: new Set() }
  const requestFrame = window.requestAnimationFrame.bind(window)
  const cancelFrame = window.cancelAnimationFrame.bind(window)
  window.requestAnimationFrame = (callback) => {
    const id = requestFrame((time) => { live.frames.delete(id); callback(time) })
    live.frames.add(id)
    return id
  }
  window.cancelAnimationFrame = (id) => { live.frames.delete(id); cancelFrame(id) }
  const setTimer = window.setTimeout.bind(window), clearTimer = window.clearTimeout.bind(window)
  window.setTimeout = (callback, ms, ...rest) => {
    const id = setTimer((...args) => { live.timeouts.delete(id); if (typeof callback === 'function') callback(...args) }, ms, ...rest)
    live.timeouts.add(id)
    return id
  }
  window.clearTimeout = (id) => { live.timeouts.delete(id); clearTimer(id) }
  const setRepeat = window.setInterval.bind(window), clearRepeat = window.clearInterval.bind(window)
  window.setInterval = (...args) => { const id = setRepeat(...args); live.intervals.add(id); return id }
  window.clearInterval = (id) => { live.intervals.delete(id); clearRepeat(id) }
  if (window.AudioContext) {
    const Original = window.AudioContext
    window.AudioContext = class extends Original {
      constructor(...args) { super(...args); live.audio.add(this) }
    }
  }
  Object.defineProperty(window, '__pageWork', {
    value: () => ({
      frames: live.frames.size,
      timeouts: live.timeouts.size,
      intervals: live.intervals.size,
      runningAudio: [...live.audio].filter((context) => context.state === 'running').length,
    }),
  })
})()`
