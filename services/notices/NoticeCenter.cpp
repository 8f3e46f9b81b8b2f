#include "notices/NoticeCenter.h"

namespace wedsync {

QString NoticeCenter::moreText(NoticeKind kind, int n)
{
    switch (kind) {
    case NoticeKind::SyncFailure:
        return tr("%n more sync failure(s) since the last notice.", nullptr, n);
    case NoticeKind::Conflict:
        return tr("%n more conflict(s) to resolve since the last notice.", nullptr, n);
    case NoticeKind::Submission:
        return tr("%n more submission(s) to review since the last notice.", nullptr, n);
    case NoticeKind::AccountExpiring:
        return tr("%n more account(s) about to expire.", nullptr, n);
    }
    return {};
}

NoticeCenter::NoticeCenter(QObject *parent)
    : QObject(parent)
{ }

QString NoticeCenter::kindText(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::SyncFailure:
        return tr("Sync failures of my tenants");
    case NoticeKind::Conflict:
        return tr("New conflicts to resolve");
    case NoticeKind::Submission:
        return tr("Supplier submissions to review");
    case NoticeKind::AccountExpiring:
        return tr("Connected accounts about to expire");
    }
    return {};
}

void NoticeCenter::setEnabled(NoticeKind kind, bool enabled)
{
    if (enabled) {
        m_disabled.remove(int(kind));
        return;
    }
    m_disabled.insert(int(kind));
    if (Window window = m_windows.take(int(kind)); window.timer)
        window.timer->deleteLater(); // nothing held is shown once the kind is off
}

void NoticeCenter::post(const Notice &notice)
{
    if (!isEnabled(notice.kind))
        return;
    Window &window = m_windows[int(notice.kind)];
    if (window.timer) {
        ++window.held; // within the interval: summed up when it ends
        window.last = notice;
        return;
    }
    window.timer = new QTimer(this);
    window.timer->setSingleShot(true);
    const NoticeKind kind = notice.kind;
    connect(window.timer, &QTimer::timeout, this, [this, kind] { closeWindow(kind); });
    window.timer->start(m_intervalMs);
    Q_EMIT noticeReady(notice);
}

void NoticeCenter::closeWindow(NoticeKind kind)
{
    Window window = m_windows.take(int(kind));
    if (window.timer)
        window.timer->deleteLater();
    if (window.held == 0)
        return;
    Notice summary = window.last;
    if (window.held > 1) {
        summary.text = moreText(kind, window.held);
        summary.itemId.clear(); // many items: the screen itself
    }
    post(summary); // opens the next interval
}

} // namespace wedsync
