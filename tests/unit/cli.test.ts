import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cliFlags, helpText, parseCommandLine } from '../../electron/core/cli'
import { pauseChoices } from '../../electron/core/scheduler/pause'

const executable = '/opt/Kindbreak/kindbreak'

describe('parseCommandLine', () => {
  it.each([
    ['--break', { kind: 'open', screen: 'break' }],
    ['--breathe', { kind: 'open', screen: 'breathe' }],
    ['--touch', { kind: 'open', screen: 'touch' }],
    ['--reframe', { kind: 'open', screen: 'reframe' }],
    ['--journal', { kind: 'open', screen: 'journal' }],
    ['--settings', { kind: 'open', screen: 'settings' }],
    ['--pause=30m', { kind: 'pause', choice: '30m' }],
    ['--pause=1h', { kind: 'pause', choice: '1h' }],
    ['--pause=2h', { kind: 'pause', choice: '2h' }],
    ['--pause=tomorrow', { kind: 'pause', choice: 'tomorrow' }],
    ['--pause=indefinitely', { kind: 'pause', choice: 'indefinitely' }],
    ['--resume', { kind: 'resume-breaks' }],
    ['--skip', { kind: 'skip-next' }],
    ['--quit', { kind: 'quit' }],
  ])('maps %s to its command', (flag, command) => {
    expect(parseCommandLine([executable, flag])).toEqual({ commands: [command], help: false, unknown: [] })
  })

  it('knows exactly the flags listed above, so a new flag needs a test', () => {
    expect(cliFlags.map((spec) => spec.flag)).toEqual([
      '--break', '--breathe', '--touch', '--reframe', '--journal', '--settings',
      ...pauseChoices.map((choice) => `--pause=${choice}`), '--resume', '--skip', '--quit',
    ])
  })

  it('keeps several flags in the order given', () => {
    expect(parseCommandLine([executable, '--journal', '--break', '--quit']).commands).toEqual([
      { kind: 'open', screen: 'journal' },
      { kind: 'open', screen: 'break' },
      { kind: 'quit' },
    ])
  })

  it.each(['--help', '-h'])('%s asks for help', (flag) => {
    expect(parseCommandLine([executable, flag])).toEqual({ commands: [], help: true, unknown: [] })
  })

  it('reports flags it does not know, exactly as typed', () => {
    expect(parseCommandLine([executable, '--brake', '-x', '--BREAK', '--break=now', '--pause', '--pause=3h', '--']).unknown).toEqual([
      '--brake', '-x', '--BREAK', '--break=now', '--pause', '--pause=3h', '--',
    ])
  })

  it.each([
    '--no-sandbox',
    '--ozone-platform=wayland',
    '--ozone-platform-hint=auto',
    '--enable-features=UseOzonePlatform,WaylandWindowDecorations',
    '--disable-features=Foo',
    '--enable-wayland-ime',
    '--disable-gpu',
    '--inspect=9229',
    '--remote-debugging-port=9222',
    '--user-data-dir=/tmp/profile',
    '--allow-file-access-from-files',
    '--original-process-start-time=13371337',
    '--enable-logging',
    '--v=1',
    '--vmodule=*/foo=2',
    '--lang=es',
    '--force-device-scale-factor=2',
    '--gtk-version=4',
    '--class=Kindbreak',
    '--name=kindbreak',
  ])('leaves the Chromium or launcher switch %s alone', (switchText) => {
    expect(parseCommandLine([executable, switchText, '--touch'])).toEqual({
      commands: [{ kind: 'open', screen: 'touch' }], help: false, unknown: [],
    })
  })

  it('ignores positional arguments: the executable, "." in development, stray words (property)', () => {
    const positional = fc.string().filter((arg) => !arg.startsWith('-'))
    fc.assert(
      fc.property(fc.array(positional, { maxLength: 6 }), (argv) => {
        expect(parseCommandLine(argv)).toEqual({ commands: [], help: false, unknown: [] })
      }),
    )
    expect(parseCommandLine(['electron', '.', 'break', 'quit']).commands).toEqual([])
  })

  it('reads every argument that starts with "-" as either a command, help, foreign, or unknown (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string().map((s) => `-${s}`), { maxLength: 6 }), (argv) => {
        const parsed = parseCommandLine(argv)
        const recognised = argv.filter((arg) => cliFlags.some((spec) => spec.flag === arg))
        expect(parsed.commands).toHaveLength(recognised.length)
        for (const unknown of parsed.unknown) expect(argv).toContain(unknown)
      }),
    )
  })
})

describe('helpText', () => {
  const text = helpText()

  it('gives every flag its own help line', () => {
    const helps = cliFlags.map((spec) => spec.help)
    expect(new Set(helps).size).toBe(helps.length)
    for (const help of helps) expect(help).toMatch(/^[a-z].*[^.]$/)
  })

  it('lists every flag with its help, and --help', () => {
    for (const spec of cliFlags) expect(text).toMatch(new RegExp(`^ +${spec.flag} +${spec.help}$`, 'm'))
    expect(text).toMatch(/^ +--help +show this list$/m)
  })

  it('aligns the descriptions in one column', () => {
    const flagLines = text.split('\n').filter((line) => line.startsWith('  --'))
    const descriptionStarts = flagLines.map((line) => line.length - line.replace(/^ +--\S+ +/, '').length)
    expect(flagLines).toHaveLength(cliFlags.length + 1)
    expect(new Set(descriptionStarts).size).toBe(1)
  })
})
