import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { windowBackground, windowBackgrounds } from '../../electron/core/window-background'

const tokensCss = readFileSync(fileURLToPath(new URL('../../renderer/src/styles/tokens.css', import.meta.url)), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')

/** The value of `property` in the rule whose selector is exactly `selector` (outside any @media block too). */
function propertyIn(css: string, selector: string, property: string): string {
  const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].filter(([, found]) => found?.trim() === selector)
  expect(rules, `one rule for ${selector}`).toHaveLength(1)
  const declaration = new RegExp(`(?:^|;|\\s)${property}\\s*:\\s*([^;]+);`).exec(rules[0]?.[2] ?? '')
  if (!declaration?.[1]) throw new Error(`${selector} sets no ${property}`)
  return declaration[1].trim()
}

describe('the window background', () => {
  it('is the page\'s own --color-bg, light and dark, so opening the window never flashes', () => {
    expect(windowBackgrounds.light.toLowerCase()).toBe(propertyIn(tokensCss, ':root', '--color-bg').toLowerCase())
    expect(windowBackgrounds.dark.toLowerCase()).toBe(propertyIn(tokensCss, ":root[data-theme='dark']", '--color-bg').toLowerCase())
  })

  it('matches the dark background the system theme gets too', () => {
    expect(windowBackgrounds.dark.toLowerCase()).toBe(propertyIn(tokensCss, ":root[data-theme='system']", '--color-bg').toLowerCase())
  })

  it('is opaque #RRGGBB: an alpha channel would paint black in a window that is not transparent', () => {
    for (const colour of Object.values(windowBackgrounds)) expect(colour).toMatch(/^#[0-9a-f]{6}$/i)
    expect(windowBackgrounds.light.toLowerCase()).not.toBe(windowBackgrounds.dark.toLowerCase())
  })

  it.each([
    ['light', false, 'light'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
    ['dark', true, 'dark'],
    ['system', false, 'light'],
    ['system', true, 'dark'],
  ] as const)('theme %s with the system dark: %s paints %s', (theme, systemIsDark, painted) => {
    expect(windowBackground(theme, systemIsDark)).toBe(windowBackgrounds[painted])
  })
})
