import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      // Two entries: main.js is what Electron runs; app.js exports startApp for the e2e harness.
      lib: { entry: { main: resolve('electron/main.ts'), app: resolve('electron/app.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': bundle everything else into it.
      externalizeDeps: false,
      // Sandboxed renderers cannot load an ESM preload.
      lib: { entry: resolve('electron/preload.ts'), formats: ['cjs'] },
      rollupOptions: {
        output: { entryFileNames: '[name].cjs' },
        // The preload uses only channel names; the core and zod have no side effects, so their schemas drop out.
        treeshake: { moduleSideEffects: (id: string) => !/[\\/](core|node_modules[\\/]zod)[\\/]/.test(id) },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    build: { minify: true, rollupOptions: { input: resolve('renderer/index.html') } },
    plugins: [react()],
  },
})
