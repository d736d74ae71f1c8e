// Runs the *built* sandboxed CJS preload in each page with a require() that knows only 'electron', as
// Electron's sandbox does. There is no real context isolation here: the preload shares the page's world,
// so the exposed API is frozen and every message is structured-cloned to approximate Electron's copies.
export function preloadShim(preloadSource) {
  return `(() => {
  if (!location.hostname.endsWith('.invalid')) return;
  const listeners = new Map();
  const ipcRenderer = {
    invoke: (channel, ...args) => window.__fakeIpc('invoke', channel, structuredClone(args)),
    send: (channel, ...args) => { void window.__fakeIpc('send', channel, structuredClone(args)) },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    once(channel, listener) {
      const wrapped = (...args) => { ipcRenderer.removeListener(channel, wrapped); listener(...args) };
      return ipcRenderer.on(channel, wrapped);
    },
    removeListener(channel, listener) { listeners.get(channel)?.delete(listener); return ipcRenderer },
    removeAllListeners(channel) { listeners.delete(channel); return ipcRenderer },
  };
  Object.defineProperty(window, '__fakeIpcDeliver', {
    value: (channel, args) => { for (const listener of [...(listeners.get(channel) ?? [])]) listener({ sender: ipcRenderer }, ...args) },
  });
  Object.defineProperty(window, '__fakeIpcListenerCount', {
    value: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0),
  });
  // Electron's window.open goes through the main process's setWindowOpenHandler; a denial returns null.
  const askMain = window.__fakeWindowOpen;
  window.open = (url = '') => { void askMain(String(url)); return null };
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: Object.freeze({ ...api }), enumerable: true });
    },
  };
  const require = (id) => {
    if (id === 'electron') return { ipcRenderer, contextBridge };
    throw new Error('module not found in the sandboxed preload: ' + id);
  };
  const module = { exports: {} };
  (function (require, module, exports) {\n${preloadSource}\n})(require, module, module.exports);
})();`
}
