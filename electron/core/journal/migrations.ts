import { CURRENT_SCHEMA_VERSION, type JournalEntry } from './entry-schema'
import { issueFor, validateEntry, type Validated } from './validation'

type RawRecord = Record<string, unknown>

/**
 * One step up the ladder: takes a record written at version `from` and reshapes it into version
 * `from + 1`. Steps only reshape data; validation happens once, after the last step.
 */
export interface MigrationStep {
  from: number
  describe: string
  up(record: RawRecord): RawRecord
}

/**
 * The pre-release shape (v0) had no schemaVersion, used shorter names and ISO date strings.
 * Kept as the first rung of the ladder and as the worked example for the next one.
 */
const v0ToV1: MigrationStep = {
  from: 0,
  describe: 'Rename the v0 fields and turn ISO dates into epoch milliseconds',
  up(record) {
    const { thought, reply, emotions, before, after, traps, created, updated, ...rest } = record
    const createdAt = isoToEpochMs(created)
    return {
      ...rest,
      harshVoice: thought,
      kindReply: reply,
      feelings: emotions,
      intensityBefore: before,
      intensityAfter: after,
      thinkingTraps: traps,
      createdAt,
      updatedAt: updated === undefined ? createdAt : isoToEpochMs(updated),
    }
  },
}

/**
 * Version 1 knew one kind of entry, the reframing. Version 2 has kinds (a letter to oneself, three good
 * things), so every older record says it is a reframing and keeps everything else as it was.
 */
const v1ToV2: MigrationStep = {
  from: 1,
  describe: 'Mark the entry as a reframing, the one kind there was',
  up(record) {
    return { ...record, kind: 'reframe' }
  },
}

/** Ordered: MIGRATIONS[n] lifts version n to n + 1. Append new steps; never edit a published one. */
export const MIGRATIONS: readonly MigrationStep[] = [v0ToV1, v1ToV2]

/** Brings any stored or imported record up to the current version and validates it. */
export function upgradeEntry(candidate: unknown, steps: readonly MigrationStep[] = MIGRATIONS): Validated<JournalEntry> {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    return validateEntry(candidate)
  }
  let record = candidate as RawRecord
  let version = versionOf(record)
  if (version > CURRENT_SCHEMA_VERSION) {
    return { ok: false, issues: [issueFor('from_newer_version', 'schemaVersion')] }
  }
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = steps[version]
    if (step === undefined || step.from !== version) break
    // The ladder, not the step, stamps the version, so a step cannot forget it and loop forever.
    record = { ...step.up(record), schemaVersion: step.from + 1 }
    version = step.from + 1
  }
  return validateEntry(record)
}

/** A record without a schemaVersion predates versioning, which makes it v0. */
function versionOf(record: RawRecord): number {
  const version = record['schemaVersion']
  if (version === undefined) return 0
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : Number.NaN
}

function isoToEpochMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : ms
}
