import { EventEmitter } from 'node:events'
import type { Notification as NotificationClass } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { createNotifier } from '../../electron/platform/notifier'

/** Electron's Notification as seen from outside: an emitter that records what it was made with and shown. */
function fakeNotificationClass(supported: boolean) {
  const made: FakeNotification[] = []
  class FakeNotification extends EventEmitter {
    shown = 0
    constructor(readonly options: { title: string; body: string; silent?: boolean }) {
      super()
      made.push(this)
    }
    static isSupported = () => supported
    closed = 0
    show() {
      this.shown++
    }
    close() {
      this.closed++
    }
  }
  return { Notification: FakeNotification as unknown as typeof NotificationClass, made }
}

const message = { title: 'Time for a short break', body: 'Click here when you are ready; Kindbreak will wait.' }

describe('createNotifier', () => {
  it('shows a silent notification with the message', () => {
    const { Notification, made } = fakeNotificationClass(true)
    createNotifier(Notification)(message)
    expect(made).toHaveLength(1)
    expect(made[0]?.options).toEqual({ ...message, silent: true })
    expect(made[0]?.shown).toBe(1)
  })

  it('passes a click on to onClick, and a refusal on to onFailed', () => {
    const { Notification, made } = fakeNotificationClass(true)
    const onClick = vi.fn()
    const onFailed = vi.fn()
    createNotifier(Notification)(message, { onClick, onFailed })
    made[0]?.emit('click')
    expect(onClick).toHaveBeenCalledOnce()
    expect(onFailed).not.toHaveBeenCalled()
    made[0]?.emit('failed', {}, 'not allowed')
    expect(onFailed).toHaveBeenCalledOnce()
  })

  it('listens for nothing it was not asked about', () => {
    const { Notification, made } = fakeNotificationClass(true)
    createNotifier(Notification)(message)
    expect(made[0]?.listenerCount('click')).toBe(0)
    expect(made[0]?.listenerCount('failed')).toBe(0)
  })

  it('where notifications are not supported, shows nothing and says it failed at once', () => {
    const { Notification, made } = fakeNotificationClass(false)
    const onFailed = vi.fn()
    createNotifier(Notification)(message, { onFailed, onClick: vi.fn() })
    expect(made).toEqual([])
    expect(onFailed).toHaveBeenCalledOnce()
    expect(() => createNotifier(Notification)(message)).not.toThrow()
  })

  it('hands onShown a way to take the notification away again', () => {
    const { Notification, made } = fakeNotificationClass(true)
    let close = () => {}
    createNotifier(Notification)(message, { onShown: (given) => void (close = given) })
    expect(made[0]?.closed).toBe(0)
    close()
    expect(made[0]?.closed).toBe(1)
  })
})
