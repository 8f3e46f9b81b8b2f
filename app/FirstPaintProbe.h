#pragma once
// For bench_coldstart: when WEDSYNC_FIRST_PAINT_PROBE is set, prints "first-paint <pageId>
// <ms since the QApplication was made>" on stdout when the first screen has painted, and quits.

#include <QElapsedTimer>
#include <QObject>

namespace wedsync {

class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    static bool wanted();
    explicit FirstPaintProbe(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_done = false;
};

} // namespace wedsync
