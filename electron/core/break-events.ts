import { z } from 'zod'

/**
 * One line of the local break history: what happened to each break, and the person's own check-ins.
 * Kept for the journal's gentle statistics; never a score.
 */
export const practiceIds = ['compassion-break', 'breathe', 'touch', 'reframe'] as const

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
    moment: z.enum(['before', 'after']),
    /** 0 = very harsh with myself, 10 = very kind; null = skipped. */
    value: z.number().int().min(0).max(10).nullable(),
    practice: z.enum(practiceIds),
  }),
])
export type BreakEvent = z.infer<typeof breakEventSchema>

export const checkInSchema = z
  .object({
    moment: z.enum(['before', 'after']),
    value: z.number().int().min(0).max(10).nullable(),
    practice: z.enum(practiceIds),
  })
  .strict()
export type CheckIn = z.infer<typeof checkInSchema>

export const isBreakEvent = (value: unknown): value is BreakEvent => breakEventSchema.safeParse(value).success
