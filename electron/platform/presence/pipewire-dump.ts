import { isOwnStream } from './own-stream'
import type { ToolResult } from './run-tool'

/**
 * Whether another program records from a microphone, from `pw-dump` (PipeWire's JSON listing of its
 * objects). A recording stream is a `PipeWire:Interface:Node` whose `info.props["media.class"]` is
 * `Stream/Input/Audio`; `info.state` is `running` while audio flows (a paused one is `suspended` or
 * `idle`). What it records from follows from the `PipeWire:Interface:Link` objects whose
 * `info["input-node-id"]` is the stream: the node at `info["output-node-id"]` is a microphone when its
 * media.class is `Audio/Source…` (`Audio/Source`, `Audio/Source/Virtual`) or `Audio/Duplex`, and a sink's
 * monitor when it is `Audio/Sink`. A stream that asks for a monitor says `stream.capture.sink: true`.
 */
export function readPwDumpMicrophone(output: ToolResult, ownAppName: string): boolean | null {
  if (!output.ok) return null
  const objects = readDump(output.stdout)
  // pw-dump lists at least the core itself: an answer without any PipeWire object is not pw-dump's.
  if (objects === null || !objects.some((object) => isRecord(object) && String(object.type).startsWith('PipeWire:Interface:'))) return null
  const nodes = new Map<number, PwNode>()
  const links: { from: number; to: number }[] = []
  for (const object of objects) {
    const node = asNode(object)
    if (node) nodes.set(node.id, node)
    const link = asLink(object)
    if (link) links.push(link)
  }
  const recording = [...nodes.values()].filter((node) =>
    node.mediaClass === 'Stream/Input/Audio' && node.state === 'running' && !isOwnStream(node.props, ownAppName))
  return recording.some((stream) => recordsMicrophone(stream, links.filter((link) => link.to === stream.id).map((link) => nodes.get(link.from))))
}

interface PwNode {
  id: number
  mediaClass: string
  state: string
  props: ReadonlyMap<string, unknown>
}

/**
 * A running stream without links (its links not yet made when pw-dump looked) counts as a microphone
 * unless it asked for a monitor: breaking into a call is worse than holding a break back once.
 */
function recordsMicrophone(stream: PwNode, sources: readonly (PwNode | undefined)[]): boolean {
  const capturesSink = stream.props.get('stream.capture.sink')
  if (capturesSink === true || capturesSink === 'true') return false
  const known = sources.filter((source): source is PwNode => source !== undefined)
  if (known.length === 0) return !String(stream.props.get('target.object') ?? '').endsWith('.monitor')
  return known.some((source) => source.mediaClass.startsWith('Audio/Source') || source.mediaClass === 'Audio/Duplex')
}

/**
 * pw-dump prints its snapshot as one JSON array, then, for objects that changed while it ran, more arrays
 * (seen when another client left meanwhile: `[{ "id": 51, "info": null }]`). A later object with a type
 * replaces the snapshot's; one whose info is null is gone. Each array closes on a line of its own.
 */
function readDump(text: string): unknown[] | null {
  const whole = parseJsonArray(text)
  if (whole !== null) return whole
  const arrays = text.split(/^\][ \t]*\r?$/m).filter((chunk) => chunk.trim() !== '').map((chunk) => parseJsonArray(`${chunk}]`))
  const [snapshot, ...updates] = arrays
  if (!snapshot || updates.some((update) => update === null)) return null
  const byId = new Map<unknown, unknown>(snapshot.map((object, at) => [isRecord(object) && 'id' in object ? object.id : `#${at}`, object]))
  for (const update of updates.flat().filter(isRecord)) {
    if (update.info === null) byId.delete(update.id)
    else if (typeof update.type === 'string') byId.set(update.id, update)
  }
  return [...byId.values()]
}

function parseJsonArray(text: string): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(text)
    return Array.isArray(parsed) ? parsed : null
  } catch {
    return null
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function asNode(object: unknown): PwNode | null {
  if (!isRecord(object) || object.type !== 'PipeWire:Interface:Node' || typeof object.id !== 'number' || !isRecord(object.info)) return null
  const props = isRecord(object.info.props) ? object.info.props : {}
  const mediaClass = typeof props['media.class'] === 'string' ? props['media.class'] : ''
  const state = typeof object.info.state === 'string' ? object.info.state : ''
  return { id: object.id, mediaClass, state, props: new Map(Object.entries(props)) }
}

function asLink(object: unknown): { from: number; to: number } | null {
  if (!isRecord(object) || object.type !== 'PipeWire:Interface:Link' || !isRecord(object.info)) return null
  const from = object.info['output-node-id']
  const to = object.info['input-node-id']
  return typeof from === 'number' && typeof to === 'number' ? { from, to } : null
}
