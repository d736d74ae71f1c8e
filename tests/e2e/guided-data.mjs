// The guided practices' data and words as the source holds them, for e2e tests to work out what each
// practice must announce and when. Bundled from the TypeScript with rolldown (the build's own bundler), so
// the expectations come from the content files, not from the app's player code under test.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { rolldown } from 'rolldown'

const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'guided-data-entry.ts')

async function load() {
  const bundle = await rolldown({ input: entry, platform: 'node', logLevel: 'silent' })
  const { output } = await bundle.generate({ format: 'esm' })
  await bundle.close()
  return import(`data:text/javascript;base64,${Buffer.from(output[0].code).toString('base64')}`)
}

/** { guidedPractices, catalogs, guidedCatalogs, library, pathWeeks } */
export const guidedData = await load()

/** The steps of a practice at a length, each with the title and lines the person sees for the anchor chosen. */
export function plannedSteps(id, { locale = 'en', minutes, anchor } = {}) {
  const practice = guidedData.guidedPractices[id]
  const length = practice.lengths.find((candidate) => candidate.minutes === (minutes ?? practice.lengths[0].minutes))
  const words = guidedData.guidedCatalogs[locale][id]
  return length.steps.map((step) => {
    const stepWords = words.steps[step.id]
    const lines = step.anchored && anchor && anchor !== 'breath' ? stepWords.anchored[anchor] : stepWords.lines
    const waits = step.seconds === null || step.answer === true || step.away === true
    return { ...step, title: stepWords.title, lines, waits }
  })
}
