#pragma once
// The dashboard's headline: overall sync health in percent and how many tenants are in each of
// the four states, each with its colour, glyph and word.

#include "SyncHealth.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace wedsync {

class HealthSummaryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HealthSummaryWidget(QWidget *parent = nullptr);

    void setReport(const SyncHealthReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QLabel *m_percent;
    QLabel *m_total;
    QHash<int, QLabel *> m_counts;
    QHash<int, QLabel *> m_badges;
    SyncHealthReport m_report;
    SyncStatusCounts m_last;
};

} // namespace wedsync
