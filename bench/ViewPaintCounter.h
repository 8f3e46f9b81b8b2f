#pragma once
// For the console's paint benches: counts the paints of an item view's viewport that show rows
// (a paint of the still empty view does not count), and waits for the next one with a deadline
// — spinning the event loop without sleeps — so that a paint that never comes ends the bench
// with an error instead of hanging it.

#include "ServerUnderTest.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>

namespace wedsync::bench {

class ViewPaintCounter : public QObject
{
public:
    static constexpr int TimeoutMs = 10000;

    explicit ViewPaintCounter(QAbstractItemView *view)
        : m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }
    int paints = 0;

    // Until a paint after `before` has been handled.
    void waitForPaint(int before, const char *what) const
    {
        const QDeadlineTimer deadline(TimeoutMs);
        while (paints == before) {
            if (deadline.hasExpired())
                die(QStringLiteral("no paint within %1 ms after %2")
                        .arg(TimeoutMs)
                        .arg(QString::fromLatin1(what)));
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        }
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_view->model() && m_view->model()->rowCount() > 0)
            ++paints;
        return false;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace wedsync::bench
