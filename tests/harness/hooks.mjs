// Node module-customisation hook: the bare specifier 'electron' (from the app bundle and from
// electron-store inside node_modules) resolves to the fake, which drives Chromium instead.
const fake = new URL('./fake-electron/index.mjs', import.meta.url).href

export async function resolve(specifier, context, next) {
  if (specifier === 'electron' || specifier.startsWith('electron/')) return { url: fake, shortCircuit: true }
  return next(specifier, context)
}
