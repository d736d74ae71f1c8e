import { z } from 'zod'
import { checkInSchema } from '../common/check-in'

// The check-in rules live in electron/common/check-in.ts; re-exported for the contract and the breaks feature.
export { checkInSchema, type CheckIn } from '../common/check-in'

/**
 * One line of the local break history: what happened to each break, and the person's own check-ins.
 * Kept for the journal's gentle statistics; never a score.
 */
export const breakEventSchema = z.discriminatedUnion('kind', [
  z.object({
    v: z.literal(1),
    kind: z.enum(['started', 'completed', 'snoozed', 'skipped', 'natural']),
    at: z.number(),
    durationMs: z.number().nonnegative().optional(),
  }),
  z.object({
    v: z.literal(1),
    kind: z.literal('check-in'),
    at: z.number(),
    ...checkInSchema.shape,
  }),
])
export type BreakEvent = z.infer<typeof breakEventSchema>

export const isBreakEvent = (value: unknown): value is BreakEvent => breakEventSchema.safeParse(value).success
