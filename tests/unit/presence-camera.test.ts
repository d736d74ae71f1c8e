// The Linux camera check: the pure decision over a /proc listing, the walk over a fake /proc, the real
// /proc of this machine, and the bound on time.
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { cameraInUse, cameraOpenByOther, procFs, readFdListing, type ProcPort } from '../../electron/platform/presence/camera-linux'

const OWN_PID = 4242

/** What `ls -l /proc/<pid>/fd` shows for a desktop's usual processes (targets as readlink gives them). */
const typical = {
  shell: ['/dev/null', 'socket:[51234]', 'anon_inode:[eventfd]', '/usr/share/icons/Adwaita/icon-theme.cache'],
  zoomInACall: ['/dev/null', 'socket:[88120]', '/dev/video0', '/dev/snd/pcmC0D0c', 'anon_inode:[eventpoll]'],
  // A v4l2loopback device (a virtual camera) is a /dev/video<N> like any other, often numbered past 9.
  virtualCamera: ['/dev/video10', 'pipe:[99871]'],
  lookalikes: ['/dev/video', '/dev/videox', '/dev/video0 (deleted)', '/tmp/dev/video0', '/dev/vchiq', '/dev/media0'],
}

describe('cameraOpenByOther', () => {
  const devices = ['/dev/video0', '/dev/video1']

  it('another process holds a camera open: true', () => {
    expect(cameraOpenByOther({ devices, processes: [{ pid: 1, targets: typical.shell }, { pid: 2, targets: typical.zoomInACall }] }, [OWN_PID])).toBe(true)
    expect(cameraOpenByOther({ devices: ['/dev/video10'], processes: [{ pid: 3, targets: typical.virtualCamera }] }, [OWN_PID])).toBe(true)
  })

  it('no process holds one: false', () => {
    expect(cameraOpenByOther({ devices, processes: [{ pid: 1, targets: typical.shell }, { pid: 2, targets: [] }] }, [OWN_PID])).toBe(false)
    expect(cameraOpenByOther({ devices, processes: [] }, [OWN_PID])).toBe(false)
  })

  it('only Kindbreak itself holds one: false', () => {
    expect(cameraOpenByOther({ devices, processes: [{ pid: OWN_PID, targets: typical.zoomInACall }] }, [OWN_PID])).toBe(false)
    expect(cameraOpenByOther({ devices, processes: [{ pid: 7, targets: typical.zoomInACall }] }, [OWN_PID, 7])).toBe(false)
  })

  it('paths that only look like a camera: false', () => {
    expect(cameraOpenByOther({ devices, processes: [{ pid: 1, targets: typical.lookalikes }] }, [OWN_PID])).toBe(false)
  })

  it('no camera device at all: false, even when /proc cannot be read', () => {
    expect(cameraOpenByOther({ devices: [], processes: null }, [OWN_PID])).toBe(false)
  })

  it('/proc cannot be read: cannot tell', () => {
    expect(cameraOpenByOther({ devices, processes: null }, [OWN_PID])).toBeNull()
    expect(cameraOpenByOther({ devices: null, processes: null }, [OWN_PID])).toBeNull()
  })

  it('/dev cannot be read: the descriptors alone decide', () => {
    expect(cameraOpenByOther({ devices: null, processes: [{ pid: 2, targets: typical.zoomInACall }] }, [OWN_PID])).toBe(true)
    expect(cameraOpenByOther({ devices: null, processes: [{ pid: 1, targets: typical.shell }] }, [OWN_PID])).toBe(false)
  })
})

/** A fake /dev and /proc: pids → descriptor targets; a pid mapped to 'EACCES' reads as [] like procFs does. */
function fakeProc(devices: string[] | null, table: Record<number, string[]> | null): ProcPort & { read: number[] } {
  const read: number[] = []
  return {
    read,
    videoDevices: async () => devices,
    pids: async () => (table ? Object.keys(table).map(Number) : null),
    fdsOf: async (pid) => {
      read.push(pid)
      return table?.[pid] ?? []
    },
  }
}

describe('readFdListing', () => {
  it('no camera device: /proc is not walked at all', async () => {
    const port = fakeProc([], { 1: typical.zoomInACall })
    expect(await readFdListing(port, [OWN_PID])).toEqual({ devices: [], processes: [] })
    expect(port.read).toEqual([])
  })

  it("reads every other process's descriptors, never Kindbreak's own", async () => {
    const table = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [i + 1, typical.shell]))
    const port = fakeProc(['/dev/video0'], { ...table, [OWN_PID]: typical.zoomInACall })
    const listing = await readFdListing(port, [OWN_PID])
    expect(listing.processes).toHaveLength(100)
    expect(port.read).not.toContain(OWN_PID)
    expect(cameraOpenByOther(listing, [OWN_PID])).toBe(false)
  })

  it('/proc unreadable: processes null', async () => {
    expect(await readFdListing(fakeProc(['/dev/video0'], null), [OWN_PID])).toEqual({ devices: ['/dev/video0'], processes: null })
  })

  it('an aborted walk stops and cannot tell', async () => {
    const stop = new AbortController()
    stop.abort()
    const port = fakeProc(['/dev/video0'], { 1: typical.zoomInACall })
    expect(await readFdListing(port, [OWN_PID], stop.signal)).toEqual({ devices: ['/dev/video0'], processes: null })
    expect(port.read).toEqual([])
  })
})

describe('cameraInUse', () => {
  it('decides from the port', async () => {
    expect(await cameraInUse([OWN_PID], fakeProc(['/dev/video0'], { 1: typical.shell, 2: typical.zoomInACall }))).toBe(true)
    expect(await cameraInUse([OWN_PID], fakeProc(['/dev/video0'], { 1: typical.shell }))).toBe(false)
    expect(await cameraInUse([OWN_PID], fakeProc([], null))).toBe(false)
    expect(await cameraInUse([OWN_PID], fakeProc(['/dev/video0'], null))).toBeNull()
  })

  it('a port that fails (throws or rejects): cannot tell, never a rejection', async () => {
    const throwing: ProcPort = { videoDevices: () => { throw new Error('EIO') }, pids: async () => [], fdsOf: async () => [] }
    const rejecting: ProcPort = { videoDevices: async () => ['/dev/video0'], pids: async () => [1], fdsOf: () => Promise.reject(new Error('EMFILE')) }
    expect(await cameraInUse([OWN_PID], throwing)).toBeNull()
    expect(await cameraInUse([OWN_PID], rejecting)).toBeNull()
  })

  it('a walk past the time limit: cannot tell, on time', async () => {
    const slow: ProcPort = {
      videoDevices: async () => ['/dev/video0'],
      pids: async () => Array.from({ length: 1_000 }, (_, i) => i + 1),
      fdsOf: () => new Promise((resolve) => setTimeout(() => resolve([]), 20)),
    }
    const started = performance.now()
    expect(await cameraInUse([OWN_PID], slow, 100)).toBeNull()
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})

describe('procFs, on this machine', () => {
  it('sees a descriptor this process holds open, by its path', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kindbreak-fd-'))
    const file = path.join(dir, 'held-open')
    const fd = openSync(file, 'w')
    onTestFinished(() => {
      closeSync(fd)
      rmSync(dir, { recursive: true, force: true })
    })
    expect(await procFs.fdsOf(process.pid)).toContain(file)
  })

  it('lists the processes, this one among them', async () => {
    expect(await procFs.pids()).toContain(process.pid)
  })

  it('a process that has gone reads as no descriptors', async () => {
    expect(await procFs.fdsOf(2 ** 22 + 1)).toEqual([])
  })

  it('lists only /dev/video* devices', async () => {
    const devices = await procFs.videoDevices()
    expect(devices).not.toBeNull()
    for (const device of devices ?? []) expect(device).toMatch(/^\/dev\/video\d+$/)
  })

  it('answers the whole check within its limit, true, false or null but never a rejection', async () => {
    await expect(cameraInUse()).resolves.toSatisfy((answer: unknown) => answer === true || answer === false || answer === null)
  })
})
