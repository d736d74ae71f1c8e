// The Linux microphone check, on pactl and pw-dump outputs captured from PulseAudio 16.1 and PipeWire
// 0.3.65 (tests/fixtures/presence/README.md says how), and its choice between the two tools.
import { describe, expect, it } from 'vitest'
import { microphoneInUse, readPactlMicrophone } from '../../electron/platform/presence/microphone-linux'
import { readPactlListing } from '../../electron/platform/presence/pactl-listing'
import { readPwDumpMicrophone } from '../../electron/platform/presence/pipewire-dump'
import type { RunTool, ToolResult } from '../../electron/platform/presence/run-tool'
import { answered, failed, fixture, missingTool, timedOut } from '../fixtures/presence/load'

const OWN = 'Kindbreak'

const scenarios: [scenario: string, recording: boolean][] = [
  ['none', false],
  ['firefox', true],
  ['zoom', true],
  ['monitor', false],
  ['corked', false],
  ['own', false],
  ['monitor-and-zoom', true],
]

/** pactl's "Connection failure: Connection refused" when no sound server runs (exit status 1). */
const noServer = failed('Connection failure: Connection refused\npa_context_connect() failed: Connection refused\n')

describe.each(['pulseaudio', 'pipewire'])('readPactlMicrophone, pactl against %s', (server) => {
  const outputs = (scenario: string): ToolResult => answered(fixture(`pactl-${server}/${scenario}.txt`))
  const sources = answered(fixture(`pactl-${server}/sources.txt`))
  const cases = server === 'pipewire' ? [...scenarios, ['native-monitor', false] as [string, boolean]] : scenarios

  it.each(cases)('%s: recording from a microphone is %s', (scenario, recording) => {
    expect(readPactlMicrophone(outputs(scenario), sources, OWN)).toBe(recording)
  })

  it('Kindbreak recording counts when Kindbreak is not the app asking', () => {
    expect(readPactlMicrophone(outputs('own'), sources, 'Some Other App')).toBe(true)
    expect(readPactlMicrophone(outputs('own'), sources, '')).toBe(true)
  })

  it('the own name matches application.name or the binary, whatever the case', () => {
    expect(readPactlMicrophone(outputs('zoom'), sources, 'zoom voiceengine')).toBe(false)
    expect(readPactlMicrophone(outputs('zoom'), sources, 'ZOOM')).toBe(false)
  })

  it('without the source listing it cannot tell a microphone from a monitor', () => {
    for (const broken of [missingTool, timedOut, noServer, answered(''), answered('garbage\n')]) {
      expect(readPactlMicrophone(outputs('firefox'), broken, OWN)).toBeNull()
      expect(readPactlMicrophone(outputs('monitor'), broken, OWN)).toBeNull()
    }
  })

  it('no stream, or only paused or own ones, needs no source listing', () => {
    for (const scenario of ['none', 'corked', 'own']) expect(readPactlMicrophone(outputs(scenario), missingTool, OWN)).toBe(false)
  })

  it('CRLF line ends read the same', () => {
    const crlf = (result: ToolResult): ToolResult => (result.ok ? answered(result.stdout.replaceAll('\n', '\r\n')) : result)
    expect(readPactlMicrophone(crlf(outputs('monitor-and-zoom')), crlf(sources), OWN)).toBe(true)
    expect(readPactlMicrophone(crlf(outputs('monitor')), crlf(sources), OWN)).toBe(false)
  })
})

describe('readPactlMicrophone cannot tell', () => {
  const sources = answered(fixture('pactl-pulseaudio/sources.txt'))

  it.each([
    ['pactl is not installed', missingTool],
    ['pactl took too long', timedOut],
    ['no sound server runs', noServer],
    ['the answer is not a listing', answered('Ceci n’est pas une liste\n')],
    ['the answer is a listing of something else', answered(fixture('pactl-pulseaudio/sources.txt'))],
  ])('when %s', (_name, outputs) => {
    expect(readPactlMicrophone(outputs, sources, OWN)).toBeNull()
  })

  it('an empty answer is "nothing records", as pactl prints it', () => {
    expect(readPactlMicrophone(answered(''), sources, OWN)).toBe(false)
    expect(readPactlMicrophone(answered('\n'), sources, OWN)).toBe(false)
  })
})

describe('readPactlMicrophone, monitors the listing marks only one way', () => {
  const stream = (source: number, extra = ''): ToolResult =>
    answered(`Source Output #7\n\tSource: ${source}\n\tCorked: no\n\tProperties:\n\t\tapplication.name = "Recorder"\n${extra}`)
  const listing = (name: string, monitorOf: string): ToolResult => answered(`Source #3\n\tName: ${name}\n\tMonitor of Sink: ${monitorOf}\n`)

  it('by name alone (`.monitor`)', () => {
    expect(readPactlMicrophone(stream(3), listing('speakers.monitor', 'n/a'), OWN)).toBe(false)
  })

  it('by `Monitor of Sink` alone', () => {
    expect(readPactlMicrophone(stream(3), listing('loopback', 'speakers'), OWN)).toBe(false)
  })

  it('by the stream property stream.capture.sink', () => {
    expect(readPactlMicrophone(stream(3, '\t\tstream.capture.sink = "true"\n'), listing('mic', 'n/a'), OWN)).toBe(false)
  })

  it('a stream whose source is not listed counts as a microphone', () => {
    expect(readPactlMicrophone(stream(99), listing('speakers.monitor', 'speakers'), OWN)).toBe(true)
  })
})

describe('readPactlListing', () => {
  it('reads headers, fields and unescaped properties, and skips wrapped lines', () => {
    const [object] = readPactlListing(fixture('pactl-pulseaudio/firefox.txt'))
    expect(object?.kind).toBe('Source Output')
    expect(object?.fields.get('Source')).toBe('1')
    expect(object?.fields.get('Corked')).toBe('no')
    expect(object?.properties.get('application.name')).toBe('Firefox')
    expect([...(object?.fields.keys() ?? [])]).not.toContain('balance 0.00')
    expect(readPactlListing('Source Output #1\n\t\tmedia.name = "say \\"hi\\""\n')[0]?.properties.get('media.name')).toBe('say "hi"')
  })

  it('lists every object of a listing, and none of garbage', () => {
    expect(readPactlListing(fixture('pactl-pipewire/monitor-and-zoom.txt')).map((object) => object.index)).toHaveLength(2)
    expect(readPactlListing(fixture('pactl-pipewire/sources.txt')).map((object) => object.index)).toEqual([43, 90])
    expect(readPactlListing('\tCorked: no\n\t\tapplication.name = "x"\n')).toEqual([])
  })
})

describe('readPwDumpMicrophone, pw-dump of PipeWire 0.3.65', () => {
  const dump = (scenario: string): ToolResult => answered(fixture(`pw-dump/${scenario}.json`))

  it.each([...scenarios, ['native-monitor', false] as [string, boolean]])('%s: recording from a microphone is %s', (scenario, recording) => {
    expect(readPwDumpMicrophone(dump(scenario), OWN)).toBe(recording)
  })

  it('Kindbreak recording counts when Kindbreak is not the app asking', () => {
    expect(readPwDumpMicrophone(dump('own'), '')).toBe(true)
  })

  it('reads a dump followed by the updates pw-dump saw while it ran (captured: another client left)', () => {
    expect(fixture('pw-dump/firefox-with-update.json')).toMatch(/^\]\n\[/m)
    expect(readPwDumpMicrophone(dump('firefox-with-update'), OWN)).toBe(true)
  })

  it.each([
    ['pw-dump is not installed', missingTool],
    ['pw-dump took too long', timedOut],
    ['PipeWire is not running ("can\'t connect: Host is down", exit status 255)', failed("can't connect: Host is down\n")],
    ['an empty answer', answered('')],
    ['garbage', answered('not json at all')],
    ['truncated JSON', answered(fixture('pw-dump/zoom.json').slice(0, 5_000))],
    ['JSON that is not a list', answered('{"type": "PipeWire:Interface:Node"}')],
    ['a list without any PipeWire object', answered('[{"id": 1}, 2, null]')],
  ])('cannot tell when %s', (_name, output) => {
    expect(readPwDumpMicrophone(output, OWN)).toBeNull()
  })

  const node = (id: number, mediaClass: string, state: string, props: Record<string, unknown> = {}) =>
    ({ id, type: 'PipeWire:Interface:Node', info: { state, props: { 'media.class': mediaClass, ...props } } })
  const link = (from: number, to: number) => ({ id: 100 + to, type: 'PipeWire:Interface:Link', info: { 'output-node-id': from, 'input-node-id': to } })
  const decide = (objects: unknown[]) => readPwDumpMicrophone(answered(JSON.stringify(objects)), OWN)

  it('follows links: from a source (real, virtual or duplex) yes, from a sink (its monitor) or another stream no', () => {
    expect(decide([node(1, 'Audio/Source', 'running'), node(2, 'Stream/Input/Audio', 'running'), link(1, 2)])).toBe(true)
    expect(decide([node(1, 'Audio/Duplex', 'running'), node(2, 'Stream/Input/Audio', 'running'), link(1, 2)])).toBe(true)
    expect(decide([node(1, 'Audio/Sink', 'running'), node(2, 'Stream/Input/Audio', 'running'), link(1, 2)])).toBe(false)
    expect(decide([node(1, 'Stream/Output/Audio', 'running'), node(2, 'Stream/Input/Audio', 'running'), link(1, 2)])).toBe(false)
  })

  it('a running stream without links counts as a microphone unless it targets a monitor', () => {
    expect(decide([node(2, 'Stream/Input/Audio', 'running')])).toBe(true)
    expect(decide([node(2, 'Stream/Input/Audio', 'running', { 'target.object': 'speakers.monitor' })])).toBe(false)
    expect(decide([node(2, 'Stream/Input/Audio', 'running', { 'stream.capture.sink': true })])).toBe(false)
  })

  it('only running streams count: idle, suspended, error or no state do not', () => {
    for (const state of ['idle', 'suspended', 'error', 'creating']) {
      expect(decide([node(1, 'Audio/Source', 'running'), node(2, 'Stream/Input/Audio', state), link(1, 2)])).toBe(false)
    }
  })

  it('applies the updates after the snapshot: an object gone, an object changed', () => {
    const pretty = (objects: unknown[]) => `${JSON.stringify(objects, null, 2)}\n`
    const snapshot = pretty([node(1, 'Audio/Source', 'running'), node(2, 'Stream/Input/Audio', 'running'), link(1, 2)])
    expect(readPwDumpMicrophone(answered(snapshot + pretty([{ id: 5, info: null }])), OWN)).toBe(true)
    expect(readPwDumpMicrophone(answered(snapshot + pretty([{ id: 2, info: null }])), OWN)).toBe(false)
    expect(readPwDumpMicrophone(answered(snapshot + pretty([node(2, 'Stream/Input/Audio', 'suspended')])), OWN)).toBe(false)
    expect(readPwDumpMicrophone(answered(snapshot + pretty([{ id: 3 }])), OWN)).toBe(true)
    expect(readPwDumpMicrophone(answered(`${snapshot}[\n  {"id": 2,\n`), OWN)).toBeNull()
    expect(readPwDumpMicrophone(answered(`${snapshot}not json\n`), OWN)).toBeNull()
  })

  it('skips objects of unexpected shape', () => {
    expect(decide([{ type: 'PipeWire:Interface:Node', id: 'x' }, { type: 'PipeWire:Interface:Link', info: {} }, node(2, 'Audio/Sink', 'idle')])).toBe(false)
  })
})

describe('microphoneInUse: which tool answers', () => {
  /** A fake runner: answers per command line, and records what it was asked. */
  function fakeRun(answers: Record<string, ToolResult>): RunTool & { asked: string[]; timeouts: number[] } {
    const asked: string[] = []
    const timeouts: number[] = []
    const run = async (command: string, args: readonly string[], timeoutMs: number): Promise<ToolResult> => {
      const line = [command, ...args].join(' ')
      asked.push(line)
      timeouts.push(timeoutMs)
      return answers[line] ?? missingTool
    }
    return Object.assign(run, { asked, timeouts })
  }

  it('pactl answers: pw-dump is not asked', async () => {
    const run = fakeRun({
      'pactl list source-outputs': answered(fixture('pactl-pipewire/zoom.txt')),
      'pactl list sources': answered(fixture('pactl-pipewire/sources.txt')),
    })
    expect(await microphoneInUse(OWN, run)).toBe(true)
    expect(run.asked.sort()).toEqual(['pactl list source-outputs', 'pactl list sources'])
  })

  it('pactl is missing: pw-dump answers', async () => {
    const run = fakeRun({ 'pw-dump': answered(fixture('pw-dump/firefox.json')) })
    expect(await microphoneInUse(OWN, run)).toBe(true)
    expect(run.asked).toContain('pw-dump')
  })

  it('pactl times out: pw-dump answers "nobody"', async () => {
    const run = fakeRun({ 'pactl list source-outputs': timedOut, 'pw-dump': answered(fixture('pw-dump/monitor.json')) })
    expect(await microphoneInUse(OWN, run)).toBe(false)
  })

  it('neither answers: cannot tell', async () => {
    expect(await microphoneInUse(OWN, fakeRun({}))).toBeNull()
  })

  it('every tool gets a timeout, and both in turn stay within 2 s', async () => {
    const run = fakeRun({})
    await microphoneInUse(OWN, run)
    expect(Math.max(...run.timeouts) * 2).toBeLessThanOrEqual(2_000)
  })
})
