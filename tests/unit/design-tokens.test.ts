import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const TOKENS_CSS = readFileSync(
  fileURLToPath(new URL('../../renderer/src/styles/tokens.css', import.meta.url)),
  'utf8',
).replace(/\/\*[\s\S]*?\*\//g, '')

/** The text between the braces that follow `opener`, honouring nested braces. */
function blockAfter(css: string, opener: string): string {
  const start = css.indexOf(opener)
  if (start === -1) throw new Error(`tokens.css has no block for ${opener}`)
  const open = css.indexOf('{', start)
  let depth = 0
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++
    if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i)
  }
  throw new Error(`unbalanced braces after ${opener}`)
}

function customProperties(block: string): Map<string, string> {
  const properties = new Map<string, string>()
  for (const match of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    const [, name, value] = match
    if (name !== undefined && value !== undefined) properties.set(name, value.trim())
  }
  return properties
}

// `:root {` with the brace, so the attribute selectors (`:root[data-…]`) are not mistaken for it.
const light = customProperties(blockAfter(TOKENS_CSS, ':root {'))
const dark = customProperties(blockAfter(TOKENS_CSS, ":root[data-theme='dark']"))
const systemDark = customProperties(
  blockAfter(blockAfter(TOKENS_CSS, '@media (prefers-color-scheme: dark)'), ":root[data-theme='system']"),
)
const themes = { light, dark } as const

const isThemed = (name: string): boolean => name.startsWith('--color-') || name.startsWith('--shadow-')
const themedNames = (properties: Map<string, string>): string[] => [...properties.keys()].filter(isThemed).sort()

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((offset) => parseInt(hex.slice(offset, offset + 2), 16) / 255)
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a)
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05)
}

const BODY_TEXT = 4.5
const NON_TEXT = 3

/** Every foreground/background pairing the UI is allowed to use, with the WCAG AA minimum it needs. */
const PAIRS: ReadonlyArray<readonly [foreground: string, background: string, minimum: number]> = [
  ['--color-text', '--color-bg', BODY_TEXT],
  ['--color-text', '--color-surface', BODY_TEXT],
  ['--color-text', '--color-surface-raised', BODY_TEXT],
  ['--color-text', '--color-accent-soft', BODY_TEXT],
  ['--color-text-muted', '--color-bg', BODY_TEXT],
  ['--color-text-muted', '--color-surface', BODY_TEXT],
  ['--color-text-muted', '--color-surface-raised', BODY_TEXT],
  ['--color-text-muted', '--color-accent-soft', BODY_TEXT],
  ['--color-accent-text', '--color-accent', BODY_TEXT],
  ['--color-link', '--color-bg', BODY_TEXT],
  ['--color-link', '--color-surface', BODY_TEXT],
  ['--color-link', '--color-surface-raised', BODY_TEXT],
  ['--color-notice-text', '--color-notice-bg', BODY_TEXT],
  ['--color-danger-text', '--color-bg', BODY_TEXT],
  ['--color-danger-text', '--color-surface', BODY_TEXT],
  ['--color-danger-text', '--color-surface-raised', BODY_TEXT],
  ['--color-focus', '--color-bg', NON_TEXT],
  ['--color-focus', '--color-surface', NON_TEXT],
  ['--color-focus', '--color-surface-raised', NON_TEXT],
  ['--color-accent', '--color-bg', NON_TEXT],
  ['--color-accent', '--color-surface', NON_TEXT],
  ['--color-border-strong', '--color-bg', NON_TEXT],
  ['--color-border-strong', '--color-surface', NON_TEXT],
]

describe('contrast ratio (the measuring stick itself)', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(BODY_TEXT)
  })

  it('is symmetric, at least 1 and at most 21', () => {
    const hexColour = fc
      .integer({ min: 0, max: 0xffffff })
      .map((n) => `#${n.toString(16).padStart(6, '0')}`)
    fc.assert(
      fc.property(hexColour, hexColour, (a, b) => {
        const ratio = contrastRatio(a, b)
        expect(ratio).toBeCloseTo(contrastRatio(b, a), 10)
        expect(ratio).toBeGreaterThanOrEqual(1)
        expect(ratio).toBeLessThanOrEqual(21)
      }),
    )
  })
})

describe('design tokens', () => {
  it('both themes, and the system-dark block, define the same themed tokens', () => {
    expect(themedNames(light).length).toBeGreaterThan(0)
    expect(themedNames(dark)).toEqual(themedNames(light))
    expect(themedNames(systemDark)).toEqual(themedNames(light))
  })

  it('following the system in dark mode gives exactly the forced dark theme', () => {
    expect(Object.fromEntries(systemDark)).toEqual(Object.fromEntries(dark))
  })

  it.each(Object.entries(themes))('%s theme colours are plain six-digit hex', (_theme, tokens) => {
    for (const [name, value] of tokens) {
      if (name.startsWith('--color-')) expect(value, name).toMatch(/^#[0-9a-f]{6}$/i)
    }
  })

  describe.each(Object.entries(themes))('%s theme meets WCAG AA', (_theme, tokens) => {
    it.each(PAIRS)('%s on %s ≥ %s:1', (foreground, background, minimum) => {
      const foregroundHex = tokens.get(foreground)
      const backgroundHex = tokens.get(background)
      expect(foregroundHex, foreground).toBeDefined()
      expect(backgroundHex, background).toBeDefined()
      expect(contrastRatio(foregroundHex ?? '', backgroundHex ?? '')).toBeGreaterThanOrEqual(minimum)
    })
  })

  it('defines the whole scale the screens rely on', () => {
    const scale = [
      '--font-family',
      ...['xs', 'sm', 'md', 'lg', 'xl'].map((step) => `--font-size-${step}`),
      '--line-height-tight',
      '--line-height-body',
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((step) => `--space-${step}`),
      ...['sm', 'md', 'lg', 'pill'].map((size) => `--radius-${size}`),
      ...['sm', 'md', 'lg'].map((size) => `--shadow-${size}`),
      '--motion-fast',
      '--motion-medium',
      '--motion-slow',
      '--motion-ease-breath',
    ]
    expect(scale.filter((name) => !light.has(name))).toEqual([])
    expect(light.get('--font-family')).toMatch(/system-ui/)
  })

  it('sizes type and spacing in rem, so they grow with zoom and the person’s font size', () => {
    for (const [name, value] of light) {
      if (name.startsWith('--font-size-') || name.startsWith('--space-')) expect(value, name).toMatch(/^[\d.]+rem$/)
    }
  })

  describe('reduced motion', () => {
    const durations = [...light.keys()].filter((name) => /^--motion-(fast|medium|slow)$/.test(name))
    const reducedByChoice = customProperties(blockAfter(TOKENS_CSS, ":root[data-motion='reduced']"))
    const reducedMediaQuery = blockAfter(TOKENS_CSS, '@media (prefers-reduced-motion: reduce)')

    const toMilliseconds = (value: string): number =>
      value.endsWith('ms') ? parseFloat(value) : parseFloat(value) * 1000

    it('full motion is calm rather than instant', () => {
      for (const name of durations) expect(toMilliseconds(light.get(name) ?? '0'), name).toBeGreaterThanOrEqual(100)
    })

    it.each([
      ["data-motion='reduced'", reducedByChoice],
      ['prefers-reduced-motion', customProperties(reducedMediaQuery)],
    ])('%s brings every duration down to (near) zero', (_source, block) => {
      expect(durations).toHaveLength(3)
      for (const name of durations) expect(toMilliseconds(block.get(name) ?? 'missing'), name).toBeLessThanOrEqual(1)
    })

    it("the system preference yields to data-motion='full'", () => {
      expect(reducedMediaQuery).toContain(":root:not([data-motion='full'])")
    })
  })
})
