import { isOwnStream } from './own-stream'
import { readPactlListing, type PactlObject } from './pactl-listing'
import { readPwDumpMicrophone } from './pipewire-dump'
import { runTool, type RunTool, type ToolResult } from './run-tool'

/**
 * Whether another program records from a microphone (a call in Zoom, Teams or a browser), on Linux.
 * pactl answers for PulseAudio and for PipeWire's pulse server alike, which together cover the desktops
 * people use; pw-dump answers where PipeWire runs without its pulse server. Recording the desktop's own
 * sound (a screen recorder reading a sink's monitor) is not a call, and neither is a paused stream.
 * Each tool gets 900 ms: pactl's two listings run side by side, pw-dump only if pactl cannot tell.
 */
export async function microphoneInUse(ownAppName: string, run: RunTool = runTool): Promise<boolean | null> {
  const [outputs, sources] = await Promise.all([
    run('pactl', ['list', 'source-outputs'], TOOL_TIMEOUT_MS),
    run('pactl', ['list', 'sources'], TOOL_TIMEOUT_MS),
  ])
  const fromPulse = readPactlMicrophone(outputs, sources, ownAppName)
  if (fromPulse !== null) return fromPulse
  return readPwDumpMicrophone(await run('pw-dump', [], TOOL_TIMEOUT_MS), ownAppName)
}

const TOOL_TIMEOUT_MS = 900

/**
 * Decides from `pactl list source-outputs` (who records) and `pactl list sources` (from what). A source
 * output names its source by index only (`Source: 1`), so the source listing says which indexes are
 * monitors: PulseAudio names a sink's monitor `<sink>.monitor` and gives it `Monitor of Sink: <sink>`
 * (real inputs say `n/a`); pipewire-pulse prints the same, and also marks a monitor capture with the
 * stream property `stream.capture.sink = "true"`. `Corked: yes` is a stream its program has paused.
 */
export function readPactlMicrophone(outputs: ToolResult, sources: ToolResult, ownAppName: string): boolean | null {
  if (!outputs.ok) return null
  // pactl prints nothing at all when nothing records.
  if (outputs.stdout.trim() === '') return false
  const streams = readPactlListing(outputs.stdout).filter((object) => object.kind === 'Source Output')
  if (streams.length === 0) return null
  const live = streams.filter((stream) => stream.fields.get('Corked') !== 'yes' && !isOwnStream(stream.properties, ownAppName))
  if (live.length === 0) return false
  const monitors = monitorIndexes(sources)
  if (monitors === null) return null
  return live.some((stream) => !readsMonitor(stream, monitors))
}

/** The indexes of the sources that are monitors of a sink; null when the listing cannot be read. */
function monitorIndexes(sources: ToolResult): Set<number> | null {
  if (!sources.ok) return null
  const listed = readPactlListing(sources.stdout).filter((object) => object.kind === 'Source')
  // A stream records from some source, so a listing without any is not one we can read.
  if (listed.length === 0) return null
  const isMonitor = (source: PactlObject): boolean =>
    (source.fields.get('Monitor of Sink') ?? 'n/a') !== 'n/a' || (source.fields.get('Name') ?? '').endsWith('.monitor')
  return new Set(listed.filter(isMonitor).map((source) => source.index))
}

/**
 * A stream whose source is not in the listing (it appeared between the two listings) counts as a
 * microphone: breaking into a call is worse than holding a break back once.
 */
function readsMonitor(stream: PactlObject, monitors: ReadonlySet<number>): boolean {
  if (stream.properties.get('stream.capture.sink') === 'true') return true
  const source = Number(stream.fields.get('Source'))
  return Number.isInteger(source) && monitors.has(source)
}
