#pragma once
// Which notices reach the desktop: each kind can be turned off, and each kind shows at most one
// notice per interval — the ones that come meanwhile are summed up in one ("3 more sync
// failures") when the interval ends, so a burst never floods the screen.

#include "notices/Notice.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace wedsync {

class NoticeCenter : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 30000;

    explicit NoticeCenter(QObject *parent = nullptr);

    void setEnabled(NoticeKind kind, bool enabled);
    bool isEnabled(NoticeKind kind) const { return !m_disabled.contains(int(kind)); }
    void setIntervalMs(int ms) { m_intervalMs = ms; }

    // Shown now, held for the summary, or dropped when its kind is off.
    void post(const Notice &notice);

    // "Sync failures", "New conflicts", … (Settings lists them).
    static QString kindText(NoticeKind kind);

Q_SIGNALS:
    void noticeReady(const wedsync::Notice &notice);

private:
    struct Window
    {
        QTimer *timer = nullptr;
        int held = 0;
        Notice last;
    };
    void closeWindow(NoticeKind kind);
    static QString moreText(NoticeKind kind, int n);

    QHash<int, Window> m_windows;
    QSet<int> m_disabled;
    int m_intervalMs = DefaultIntervalMs;
};

} // namespace wedsync
