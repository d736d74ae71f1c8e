// The launch the fake serves now. The harness replaces it on every launch; the exported Electron objects
// stay the same (the app bundle imported them once) and read the current launch from here.
export const fakeWorld = { current: null }

export function launchWorld() {
  if (!fakeWorld.current) throw new Error('fake electron: no launch is in progress (use launchApp from tests/harness)')
  return fakeWorld.current
}
