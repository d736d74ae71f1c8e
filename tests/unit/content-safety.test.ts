import { describe, expect, it } from 'vitest'
import { crisisLineHosts, crisisLines, isAllowedCrisisLineUrl, overwhelmedHelp } from '../../renderer/src/content/safety'

describe('crisis lines', () => {
  it('have unique ids and a real date for when they were last checked', () => {
    expect(new Set(crisisLines.map((line) => line.id)).size).toBe(crisisLines.length)
    for (const line of crisisLines) {
      expect(line.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(new Date(`${line.lastChecked}T00:00:00Z`).toISOString().slice(0, 10)).toBe(line.lastChecked)
    }
  })

  it('link only to https pages on hosts in the allowlist', () => {
    for (const line of crisisLines) {
      const url = new URL(line.url)
      expect(url.protocol).toBe('https:')
      expect(crisisLineHosts).toContain(url.hostname)
      expect(isAllowedCrisisLineUrl(line.url)).toBe(true)
    }
  })

  it('allow exactly the hosts the data uses', () => {
    expect([...crisisLineHosts].sort()).toEqual([...new Set(crisisLines.map((line) => new URL(line.url).hostname))].sort())
  })

  it('include a worldwide directory, so people outside the listed countries are not left out', () => {
    expect(crisisLines.some((line) => line.region.en === 'Worldwide')).toBe(true)
  })
})

describe('isAllowedCrisisLineUrl', () => {
  const host = crisisLineHosts[0] ?? ''

  it.each([
    `http://${host}/`,
    `https://${host}.attacker.example/`,
    `https://attacker.example/${host}`,
    `https://user@${host}/`,
    `javascript:alert(1)//${host}`,
    'not a url',
    '',
  ])('refuses %j', (url) => {
    expect(isAllowedCrisisLineUrl(url)).toBe(false)
  })

  it('accepts deeper pages on an allowed host', () => {
    expect(isAllowedCrisisLineUrl(`https://${host}/some/page?lang=es`)).toBe(true)
  })
})

describe('feeling overwhelmed', () => {
  it('offers the grounding steps (feet, sounds, looking around) and a way to stop', () => {
    expect(overwhelmedHelp.steps.map((step) => step.id)).toEqual(['feet', 'sounds', 'look'])
    expect(overwhelmedHelp.stop.en).toMatch(/stop/i)
  })
})
