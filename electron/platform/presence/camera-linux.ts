import { readdir, readlink } from 'node:fs/promises'

/**
 * Whether another process has a camera open, on Linux, without a native module: V4L2 cameras are the
 * character devices /dev/video*, and /proc/<pid>/fd/<n> is a symlink to whatever file descriptor n of that
 * process holds (proc(5)). Only the person's own processes can be read (others give EACCES), which are the
 * ones that make calls. A Flatpak or Snap sandbox, or /proc mounted with hidepid, hides the rest: then
 * this sees too little and answers false, as it does for a camera that no one holds open.
 */
export interface ProcPort {
  /** The /dev/video* device paths; null when /dev cannot be read. */
  videoDevices(): Promise<string[] | null>
  /** The process ids listed in /proc; null when /proc cannot be read. */
  pids(): Promise<number[] | null>
  /** Where that process's file descriptors point; [] when it cannot be read (EACCES) or has gone (ENOENT). */
  fdsOf(pid: number): Promise<string[]>
}

export interface FdListing {
  devices: readonly string[] | null
  /** null: /proc could not be read. */
  processes: readonly { pid: number; targets: readonly string[] }[] | null
}

const VIDEO_DEVICE = /^\/dev\/video\d+$/

/** Pure: no camera device at all → false; /proc unreadable → null; else whether another process holds one. */
export function cameraOpenByOther(listing: FdListing, ownPids: readonly number[]): boolean | null {
  if (listing.devices !== null && listing.devices.length === 0) return false
  if (listing.processes === null) return null
  return listing.processes.some(({ pid, targets }) => !ownPids.includes(pid) && targets.some((target) => VIDEO_DEVICE.test(target)))
}

/**
 * Reads what cameraOpenByOther needs; skips /proc entirely when there is no camera to look for, and stops
 * between batches once `signal` is aborted (the answer is then "cannot tell").
 */
export async function readFdListing(port: ProcPort, ownPids: readonly number[], signal?: AbortSignal): Promise<FdListing> {
  const devices = await port.videoDevices()
  if (devices !== null && devices.length === 0) return { devices, processes: [] }
  const pids = await port.pids()
  if (pids === null) return { devices, processes: null }
  const others = pids.filter((pid) => !ownPids.includes(pid))
  const processes: { pid: number; targets: string[] }[] = []
  // A few processes at a time: a desktop has hundreds, with thousands of descriptors between them.
  for (let start = 0; start < others.length; start += PROCESSES_AT_ONCE) {
    if (signal?.aborted) return { devices, processes: null }
    const batch = others.slice(start, start + PROCESSES_AT_ONCE)
    processes.push(...await Promise.all(batch.map(async (pid) => ({ pid, targets: await port.fdsOf(pid) }))))
  }
  return { devices, processes }
}

const PROCESSES_AT_ONCE = 32

/** The real /dev and /proc. Every failure is an answer (null or []), never a rejection. */
export const procFs: ProcPort = {
  async videoDevices() {
    const names = await readdir('/dev').catch(() => null)
    return names && names.filter((name) => /^video\d+$/.test(name)).map((name) => `/dev/${name}`)
  },
  async pids() {
    const names = await readdir('/proc').catch(() => null)
    return names && names.filter((name) => /^\d+$/.test(name)).map(Number)
  },
  async fdsOf(pid) {
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[])
    const targets = await Promise.all(fds.map((fd) => readlink(`/proc/${pid}/fd/${fd}`).catch(() => null)))
    return targets.filter((target): target is string => target !== null)
  },
}

/**
 * The check itself, bounded: a /proc walk that takes longer than `timeoutMs` (a loaded machine) is
 * "cannot tell", like any failure.
 */
export async function cameraInUse(ownPids: readonly number[] = [process.pid], port: ProcPort = procFs, timeoutMs = 1_500): Promise<boolean | null> {
  const walk = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      walk.abort()
      resolve(null)
    }, timeoutMs)
  })
  const answer = readFdListing(port, ownPids, walk.signal).then((listing) => cameraOpenByOther(listing, ownPids), () => null)
  try {
    return await Promise.race([answer, late])
  } finally {
    clearTimeout(timer)
  }
}
