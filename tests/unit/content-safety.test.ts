import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isSupportLineUrl, supportLineHosts } from '../../electron/core/support-lines'
import { catalogs } from '../../electron/common/catalog'
import { crisisLines, groundingSteps } from '../../renderer/src/content/safety'

const lineHosts = crisisLines.map((line) => new URL(line.url).hostname)

describe('crisis lines', () => {
  it('have unique ids and a real date for when they were last checked', () => {
    expect(new Set(crisisLines.map((line) => line.id)).size).toBe(crisisLines.length)
    for (const line of crisisLines) {
      expect(line.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(new Date(`${line.lastChecked}T00:00:00Z`).toISOString().slice(0, 10)).toBe(line.lastChecked)
    }
  })

  it('link to pages main agrees to open (https, no credentials or port)', () => {
    for (const line of crisisLines) expect(isSupportLineUrl(line.url), line.url).toBe(true)
  })

  it('include a worldwide directory, so people outside the listed countries are not left out', () => {
    expect(crisisLines.some((line) => catalogs.en.shared.crisisLines[line.id].region === 'Worldwide')).toBe(true)
  })
})

describe('isSupportLineUrl (what main opens from "Need support now?")', () => {
  const host = lineHosts[0] ?? ''

  it('gives the window-open handler every host a line links to, and only those', () => {
    for (const lineHost of lineHosts) expect(supportLineHosts).toContain(lineHost)
    for (const allowed of supportLineHosts) expect(crisisLines.some((line) => line.url.startsWith(`https://${allowed}`)), allowed).toBe(true)
  })

  it('opens deeper pages on every line host', () => {
    fc.assert(
      fc.property(fc.constantFrom(...lineHosts), fc.webPath(), fc.webQueryParameters(), (lineHost, pathPart, query) => {
        expect(isSupportLineUrl(`https://${lineHost}${pathPart}?${query}`)).toBe(true)
      }),
    )
  })

  it('refuses https pages on any host no line links to', () => {
    fc.assert(
      fc.property(fc.domain(), (domain) => {
        fc.pre(!lineHosts.includes(domain))
        expect(isSupportLineUrl(`https://${domain}/`)).toBe(false)
      }),
    )
  })

  it.each([
    `http://${host}/`,
    `https://${host}.attacker.example/`,
    `https://attacker.${host}/`,
    `https://attacker.example/${host}`,
    `https://user@${host}/`,
    `https://user:secret@${host}/`,
    `https://${host}:8443/`,
    `javascript:alert(1)//${host}`,
    `file:///${host}`,
    'not a url',
    '',
  ])('refuses %j', (url) => {
    expect(isSupportLineUrl(url)).toBe(false)
  })
})

describe('feeling overwhelmed', () => {
  it('offers the grounding steps (feet, sounds, looking around) and a way to stop', () => {
    expect(groundingSteps).toEqual(['feet', 'sounds', 'look'])
    expect(catalogs.en.practices.safety.overwhelmed.stop).toMatch(/stop/i)
  })
})
