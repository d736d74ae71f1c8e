import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

/**
 * `--mode pseudo` (npm run build:pseudo, into out-pseudo/) builds the app with a test-only pseudo-language
 * "xx" added to the catalog's language lists; the product build never sees tests/pseudo-locale/.
 */
function pseudoLocale(): Plugin {
  const pseudoDir = resolve('tests/pseudo-locale')
  const swaps = new Map([
    [resolve('electron/common/catalog/languages.ts'), resolve(pseudoDir, 'languages.ts')],
    [resolve('electron/common/catalog/index.ts'), resolve(pseudoDir, 'catalogs.ts')],
    [resolve('electron/common/catalog/main-index.ts'), resolve(pseudoDir, 'main-catalogs.ts')],
    [resolve('electron/common/catalog/shared.ts'), resolve(pseudoDir, 'shared.ts')],
    [resolve('electron/common/catalog/guided-index.ts'), resolve(pseudoDir, 'guided-catalogs.ts')],
  ])
  return {
    name: 'kindbreak-pseudo-locale',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // The pseudo files build on the real lists, so their own imports resolve as usual.
      if (importer?.startsWith(pseudoDir)) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      return resolved ? (swaps.get(resolved.id) ?? null) : null
    },
  }
}

export default defineConfig(({ mode }) => {
  const pseudo = mode === 'pseudo'
  const extra = pseudo ? [pseudoLocale()] : []
  // The pseudo build goes beside the real one, never over it: out-pseudo/{main,preload,renderer}.
  const outDir = (part: string) => (pseudo ? { outDir: resolve('out-pseudo', part) } : {})
  return {
    main: {
      plugins: extra,
      build: {
        ...outDir('main'),
        // main.js is what Electron runs; app.js exports startApp for the e2e harness; journal-worker.js is the
        // journal's own thread, which app.js starts.
        lib: { entry: { main: resolve('electron/main.ts'), app: resolve('electron/app.ts'), 'journal-worker': resolve('electron/journal-worker.ts') } },
        // Minified like the window's bundle: the source's comments say why, and need not be read at every start.
        minify: true,
      },
    },
    preload: {
      plugins: extra,
      build: {
        ...outDir('preload'),
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
      build: { ...outDir('renderer'), minify: true, rollupOptions: { input: resolve('renderer/index.html') } },
      plugins: [react(), ...extra],
    },
  }
})
