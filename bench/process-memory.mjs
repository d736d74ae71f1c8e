// The memory of the Chromium the harness started in this process (the browser and every process under
// it), read from /proc on Linux: each process's private memory (USS: the pages no other process maps, what
// ending it would give back), in MiB, in all and for the renderer of the app's page. Not PSS: it splits shared
// pages among every process mapping them, so it shrinks whenever another Chromium runs on the machine.
import fs from 'node:fs'

const read = (file) => {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return null // the process ended while we looked
  }
}

/** Every process under this one, with its command line (a zygote's child rewrites it as one string). */
function descendants() {
  const children = new Map()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = read(`/proc/${entry}/stat`)
    if (!stat) continue
    // The fields after the command name, which may itself hold spaces and brackets: state, then ppid.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
  }
  const found = []
  const visit = (pid) => (children.get(pid) ?? []).forEach((child) => {
    found.push({ pid: child, cmdline: (read(`/proc/${child}/cmdline`) ?? '').replaceAll('\0', ' ') })
    visit(child)
  })
  visit(process.pid)
  return found
}

const privateMiB = (pid) => {
  const rollup = read(`/proc/${pid}/smaps_rollup`) ?? ''
  const kB = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0)
  return (kB('Private_Clean') + kB('Private_Dirty')) / 1024
}
/** User and system CPU time so far, in clock ticks. */
const cpuTicks = (pid) => {
  const fields = (read(`/proc/${pid}/stat`) ?? ')').split(')').at(-1).trim().split(' ')
  return Number(fields[11] ?? 0) + Number(fields[12] ?? 0)
}

/**
 * { totalMiB, renderers, pageMiB }: the browser's whole tree; how many renderer processes run pages; and the
 * page's own renderer. A page in this Chromium brings a renderer for the browser's own window UI
 * (--top-chrome-webui), which an Electron window has no need of, and Chromium keeps a spare renderer ready
 * for the next page; of the others, the page's is the one that has run the most (the spare has run nothing).
 */
export function chromiumMemory() {
  const processes = descendants().map((entry) => ({ ...entry, mib: privateMiB(entry.pid) }))
  const renderers = processes.filter(({ cmdline }) => /--type=renderer\b/.test(cmdline) && !cmdline.includes('--top-chrome-webui'))
  const page = renderers.map((entry) => ({ ...entry, cpu: cpuTicks(entry.pid) })).sort((a, b) => b.cpu - a.cpu)[0]
  return { totalMiB: processes.reduce((total, { mib }) => total + mib, 0), renderers: renderers.length, pageMiB: page?.mib ?? 0 }
}

/** The JavaScript heap in use in a page, in MiB (Chrome DevTools Protocol, Performance.getMetrics). */
export async function pageHeapMiB(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  await cdp.detach()
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20
}
