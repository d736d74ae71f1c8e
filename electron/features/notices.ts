/** What Kindbreak must tell the person on its own (a file set aside, a hotkey taken): kept for the window, dismissible. */
import type { MainText } from '../common/catalog/main-index'
import type { Notice } from '../core/notices'
import type { Notify } from '../platform/notifier'
import type { Feature } from './feature'

export interface Notices extends Feature {
  list(): Notice[]
  add(notice: Notice): void
  /** The ones found while starting also go out as system notifications, once. */
  announce(notify: Notify, text: MainText): void
}

export function createNotices(initial: readonly Notice[]): Notices {
  let notices = [...initial]
  return {
    list: () => notices,
    add(notice) {
      notices = [...notices, notice]
    },
    announce(notify, text) {
      for (const notice of notices) {
        if (notice.kind === 'settings-unreadable') notify(text.notifications.settingsUnreadable(notice.movedTo))
        if (notice.kind === 'settings-fields-replaced') notify(text.notifications.settingsFieldsReplaced(notice.fields, notice.copyAt))
        if (notice.kind === 'file-set-aside') notify(text.notifications.fileSetAside(notice.movedTo))
      }
    },
    handlers: {
      dismissNotice(id) {
        notices = notices.filter((notice) => notice.id !== id)
        return notices
      },
    },
  }
}
