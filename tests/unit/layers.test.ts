// The layers' rules, as `npm run lint` enforces them: ESLint's import restrictions for each direction, and
// the import-cycle check that counts type-only imports too. Each rule is shown to fire on a deliberate
// violation, and to let the allowed imports through.
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { findImportCycles, importedSpecifiers } from '../../scripts/import-cycles.mjs'

const repoRoot = path.resolve(__dirname, '../..')
const eslint = new ESLint({ cwd: repoRoot })

/** The restricted-import messages ESLint gives `code` as if it were the file at `file`. */
async function restrictions(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) })
  return (result?.messages ?? []).filter((message) => /restricted-imports/.test(message.ruleId ?? '')).map((message) => message.message)
}

describe('layer rules', () => {
  it.each([
    ['the core imports the renderer', 'electron/core/journal/example.ts', "import type { ScreenProps } from '../../../renderer/src/app/screen-props'\nexport type X = ScreenProps\n"],
    ['the core imports an adapter', 'electron/core/example.ts', "import { openEventLog } from '../platform/event-log'\nexport const x = openEventLog\n"],
    ['the core imports feature wiring', 'electron/core/example.ts', "import { breakScreen } from '../features/breaks'\nexport const x = breakScreen\n"],
    ['the shared layer imports the core', 'electron/common/example.ts', "import type { Settings } from '../core/settings'\nexport type X = Settings\n"],
    ['the shared layer imports Electron', 'electron/common/example.ts', "import { app } from 'electron'\nexport const x = app\n"],
    ['an adapter imports a feature', 'electron/platform/example.ts', "import { breakScreen } from '../features/breaks'\nexport const x = breakScreen\n"],
    ['a feature imports the renderer', 'electron/features/example.ts', "import { api } from '../../renderer/src/api'\nexport const x = api\n"],
    ['the renderer imports the core', 'renderer/src/example.ts', "import { pauseChoices } from '../../electron/core/scheduler/pause'\nexport const x = pauseChoices\n"],
    ['the renderer imports the contract for its values', 'renderer/src/example.ts', "import { channels } from '../../electron/contract'\nexport const x = channels\n"],
  ])('refuses it when %s', async (_name, file, code) => {
    expect(await restrictions(file, code)).not.toEqual([])
  })

  it.each([
    ['the core imports the shared layer', 'electron/core/example.ts', "import { pickLocale } from '../common/locale'\nexport const x = pickLocale\n"],
    ['the renderer imports the shared layer', 'renderer/src/example.ts', "import { locales } from '../../electron/common/locale'\nexport const x = locales\n"],
    ['the renderer imports the contract\'s types', 'renderer/src/example.ts', "import type { AppState } from '../../electron/contract'\nexport type X = AppState\n"],
    ['a feature imports an adapter', 'electron/features/example.ts', "import { openEventLog } from '../platform/event-log'\nexport const x = openEventLog\n"],
  ])('lets it through when %s', async (_name, file, code) => {
    expect(await restrictions(file, code)).toEqual([])
  })
})

describe('import cycles, type-only imports included', () => {
  const files = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([name, source]) => [path.join('/repo', name), source]))

  it('finds a cycle closed by an `import type` (the one the core once had through the renderer)', () => {
    const cycles = findImportCycles(files({
      'electron/core/journal/validation.ts': "import type { Text } from '../../../renderer/src/i18n/text'\n",
      'renderer/src/i18n/text.ts': "import type { Locale } from '../../../electron/contract'\n",
      'electron/contract.ts': "import type { JournalEntry } from './core/journal'\nexport { x } from './other'\n",
      'electron/core/journal/index.ts': "export * from './validation'\n",
      'electron/other.ts': 'export const x = 1\n',
    }))
    expect(cycles.map((cycle) => cycle.map((file) => path.relative('/repo', file)))).toEqual([[
      'electron/contract.ts', 'electron/core/journal/index.ts', 'electron/core/journal/validation.ts', 'renderer/src/i18n/text.ts',
    ]])
  })

  it('finds none in a graph that only points down', () => {
    expect(findImportCycles(files({
      'a.ts': "import { b } from './b'\nimport type { C } from './c'\n",
      'b.ts': "import type { C } from './c'\n",
      'c.ts': 'export type C = 1\n',
    }))).toEqual([])
  })

  it('reads multi-line, re-exported and dynamic imports, and ignores packages and comments', () => {
    expect(importedSpecifiers([
      "import {\n  a,\n  type B,\n} from './a'",
      "export type { C } from '../c'",
      "export * from './d'",
      "import './e.css'",
      "const f = await import('./f')",
      "import { z } from 'zod'",
      "// import { g } from './g'",
      "/* import { h } from './h' */",
    ].join('\n'))).toEqual(['./a', '../c', './d', './e.css', './f'])
  })
})
