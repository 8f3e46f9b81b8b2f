#include "FirstPaintProbe.h"

#include "common/ConsolePage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace wedsync {

bool FirstPaintProbe::wanted()
{
    return qEnvironmentVariableIsSet("WEDSYNC_FIRST_PAINT_PROBE");
}

FirstPaintProbe::FirstPaintProbe(QObject *parent)
    : QObject(parent)
{
    m_sinceStart.start();
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        if (auto *page = qobject_cast<ConsolePage *>(watched)) {
            m_done = true;
            std::printf("first-paint %s %lld\n", qPrintable(page->pageId()),
                        static_cast<long long>(m_sinceStart.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, QCoreApplication::instance(), [] { QCoreApplication::exit(0); });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wedsync
