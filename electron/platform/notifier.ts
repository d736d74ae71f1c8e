import type { Notification as NotificationClass } from 'electron'

export interface NotificationMessage {
  title: string
  body: string
}

export interface NotifyOptions {
  /** The person clicked it (Linux: where the notification server offers actions, as GNOME's and KDE's do). */
  onClick?: () => void
  /** The system did not show it: macOS emits 'failed' for an unsigned app (docs/api/notification.md). */
  onFailed?: () => void
  /** It was handed to the system: `close` takes it away again (docs/api/notification.md, `close()`). */
  onShown?: (close: () => void) => void
}

export type Notify = (message: NotificationMessage, options?: NotifyOptions) => void

export function createNotifier(Notification: typeof NotificationClass): Notify {
  return (message, options = {}) => {
    if (!Notification.isSupported()) {
      options.onFailed?.()
      return
    }
    const notification = new Notification({ ...message, silent: true })
    if (options.onClick) notification.on('click', options.onClick)
    if (options.onFailed) notification.on('failed', options.onFailed)
    notification.show()
    options.onShown?.(() => notification.close())
  }
}
