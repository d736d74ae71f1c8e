import type { PracticeWords } from '../../../electron/common/catalog/en-practices'

/**
 * What keeps the practices safe, as structure: the grounding steps behind "Feeling overwhelmed?", in the
 * order they are offered, and the crisis lines. Their words (with the first-run note about old pain
 * surfacing and the plain statement of what the app is not) are in the catalog's `practices.safety`.
 */

/** Checked against the catalog's keys, so a step without words does not compile. */
export const groundingSteps = ['feet', 'sounds', 'look'] as const satisfies readonly (keyof PracticeWords['safety']['overwhelmed']['steps'])[]

/** The lines themselves are shared with main, which opens only links to their hosts. */
export { crisisLines } from '../../../electron/common/support-lines'
