#pragma once
// Live connections over the last 10 minutes as a line chart, one line per tenant or per role
// (the user chooses), with the current total spelled out next to it.

#include "SyncHealth.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace wedsync {

class ConnectionStatsModel;

class ConnectionsChart : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsChart(QWidget *parent = nullptr);

    void setStats(const ConnectionStats &stats);
    void setTenantNames(const QHash<QString, QString> &names);
    // One organization's connections only (empty: every tenant's).
    void setTenantFilter(const QString &organizationId);
    // "last 90 seconds", "last 10 minutes": what the chart's title says of its samples.
    static QString spanText(qint64 spanSecs);
    ConnectionStatsModel *model() const { return m_model; }
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();

    ConnectionStatsModel *m_model;
    QComboBox *m_grouping;
    QLabel *m_now;
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_title;
};

} // namespace wedsync
