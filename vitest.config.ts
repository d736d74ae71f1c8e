import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // electron-store imports `electron` from inside node_modules: inline it so vi.mock('electron') reaches it.
    server: { deps: { inline: ['electron-store'] } },
    testTimeout: 20_000,
  },
})
