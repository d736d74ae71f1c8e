import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cliFlags, helpText, parseCommandLine, secondLaunchArgv, secondLaunchData } from '../../electron/core/cli'
import { pauseChoices } from '../../electron/core/scheduler/pause'

const executable = '/opt/Kindbreak/kindbreak'

describe('parseCommandLine', () => {
  it.each([
    ['--break', { kind: 'open', screen: 'break' }],
    ['--breathe', { kind: 'open', screen: 'breathe' }],
    ['--touch', { kind: 'open', screen: 'touch' }],
    ['--reframe', { kind: 'open', screen: 'reframe' }],
    ['--letter', { kind: 'open', screen: 'letter' }],
    ['--good-things', { kind: 'open', screen: 'good-things' }],
    ['--journal', { kind: 'open', screen: 'journal' }],
    ['--library', { kind: 'open', screen: 'library' }],
    ['--path', { kind: 'open', screen: 'path' }],
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
      '--break', '--breathe', '--touch', '--reframe', '--letter', '--good-things', '--journal', '--library', '--path', '--settings',
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
    '--secure-schemes=app',
    '--fetch-schemes=app',
    '--standard-schemes=app',
    '--xdg-activation-token=gnome-shell/Kindbreak/2345-0-host_TIME123',
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

/**
 * What the running instance's 'second-instance' event receives on Linux for `kindbreak --journal`: Electron
 * and Chromium append their switches (one per privilege of our app:// scheme, file access, start time), and
 * may reorder them (docs/api/app.md).
 */
const forwardedArgv = [
  '/opt/Kindbreak/kindbreak',
  '--secure-schemes=app',
  '--fetch-schemes=app',
  '--standard-schemes=app',
  '--allow-file-access-from-files',
  '--original-process-start-time=13394839503217845',
  '--journal',
]

/** Switches Electron adds to a second launch's forwarded command line for Kindbreak's own setup. */
const electronSwitches = [
  '--secure-schemes=app',
  '--fetch-schemes=app',
  '--standard-schemes=app',
  '--allow-file-access-from-files',
  '--original-process-start-time=13394839503217845',
]

describe('a second launch', () => {
  it('reports none of Electron\'s own switches as unknown, and keeps the person\'s flag', () => {
    expect(parseCommandLine(forwardedArgv)).toEqual({ commands: [{ kind: 'open', screen: 'journal' }], help: false, unknown: [] })
  })

  it('still reports a flag the person mistyped among Electron\'s switches', () => {
    expect(parseCommandLine([...forwardedArgv.slice(0, -1), '--brake']).unknown).toEqual(['--brake'])
  })

  it('any mix of Electron\'s switches and known flags yields the flags\' commands in order, and nothing unknown (property)', () => {
    const known = cliFlags.map((spec) => spec.flag)
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...electronSwitches), fc.constantFrom(...known)), { maxLength: 12 }),
        fc.constantFrom('/opt/Kindbreak/kindbreak', 'C:\\Program Files\\Kindbreak\\Kindbreak.exe'),
        (args, executable) => {
          const parsed = parseCommandLine([executable, ...args])
          expect(parsed.unknown).toEqual([])
          expect(parsed.help).toBe(false)
          const flags = args.filter((arg) => known.includes(arg))
          expect(parsed.commands).toEqual(flags.map((flag) => cliFlags.find((spec) => spec.flag === flag)?.command))
        },
      ),
    )
  })

  it('a person\'s unknown flag is reported wherever it falls among Electron\'s switches (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...electronSwitches), { maxLength: 6 }), fc.nat(), (switches, at) => {
        const argv = [...switches]
        argv.splice(at % (argv.length + 1), 0, '--brake')
        expect(parseCommandLine(['kindbreak', ...argv]).unknown).toEqual(['--brake'])
      }),
    )
  })

  it('sends its own arguments exactly, as a copy', () => {
    const argv = ['/opt/Kindbreak/kindbreak', '--pause=1h']
    const data = secondLaunchData(argv)
    expect(data).toEqual({ argv: ['/opt/Kindbreak/kindbreak', '--pause=1h'] })
    argv.push('--quit')
    expect(data.argv).toEqual(['/opt/Kindbreak/kindbreak', '--pause=1h'])
  })

  it('the running instance reads the arguments sent, not the forwarded command line', () => {
    const sent = secondLaunchData(['/opt/Kindbreak/kindbreak', '--journal'])
    // additionalData crosses a process boundary: it arrives as a structured clone, not the same object.
    expect(secondLaunchArgv(forwardedArgv, structuredClone(sent))).toEqual(['/opt/Kindbreak/kindbreak', '--journal'])
    expect(secondLaunchArgv(['kindbreak', '--breathe'], { argv: ['kindbreak', '--touch'] })).toEqual(['kindbreak', '--touch'])
  })

  it.each([
    ['nothing (an older version)', undefined],
    ['null', null],
    ['an empty object', {}],
    ['a bare list', ['kindbreak', '--touch']],
    ['argv that is not a list', { argv: '--touch' }],
    ['argv holding a number', { argv: ['kindbreak', 42] }],
    ['extra fields', { argv: ['kindbreak', '--touch'], cwd: '/tmp' }],
    ['a list too long', { argv: Array.from({ length: 201 }, () => '--touch') }],
    ['an argument too long', { argv: ['kindbreak', `--${'x'.repeat(2_000)}`] }],
  ])('falls back to the forwarded command line when the data is %s', (_name, additionalData) => {
    expect(secondLaunchArgv(forwardedArgv, additionalData)).toEqual(forwardedArgv)
  })

  it('a list of the largest size accepted still counts as sent', () => {
    const argv = Array.from({ length: 200 }, () => '--touch')
    expect(secondLaunchArgv(forwardedArgv, { argv })).toEqual(argv)
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

describe('switches that are not ours', () => {
  it('are matched whole: a value may follow, but a longer flag of the person\'s own is still reported', () => {
    expect(parseCommandLine([executable, '--lang=es', '--lang', '--inspect-brk=9229', '--v=1']).unknown).toEqual([])
    expect(parseCommandLine([executable, '--language', '--names', '--inspector', '--verbose']).unknown).toEqual(['--language', '--names', '--inspector', '--verbose'])
  })
})
