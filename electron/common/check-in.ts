import { z } from 'zod'
import { libraryPracticeIds } from './library'

/**
 * The optional check-in before and after a practice: one tap on a 0–10 scale from harsh (0) to kind (10),
 * or skipped (null). One definition for both processes: the window draws the scale from it, main checks
 * every check-in it receives and every one it reads back from the break history against it.
 */
export const checkInScale = { min: 0, max: 10 } as const

export const checkInMoments = ['before', 'after'] as const
export type CheckInMoment = (typeof checkInMoments)[number]


// The window imports only the scale above. The schemas below are marked pure so the bundler drops them,
// and zod with them, from the window's bundle; keep every top-level zod call here marked the same way.

/** A whole number on the scale, or null when the person skipped the check-in. */
const checkInValueSchema = /* @__PURE__ */ z.number().int().min(checkInScale.min).max(checkInScale.max).nullable()
export type CheckInValue = z.infer<typeof checkInValueSchema>

/** What the window sends when the person answers (or skips) a check-in. */
export const checkInSchema = /* @__PURE__ */ z
  .object({
    moment: z.enum(checkInMoments),
    value: checkInValueSchema,
    practice: z.enum(libraryPracticeIds),
  })
  .strict()
export type CheckIn = z.infer<typeof checkInSchema>
