#include "dashboard/ConnectionsChart.h"

#include "ConnectionStatsModel.h"
#include "ModelRoles.h"
#include "dashboard/StatusStyle.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace wedsync {

ConnectionsChart::ConnectionsChart(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConnectionStatsModel(this))
    , m_grouping(new QComboBox(this))
    , m_now(new QLabel(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this)) // the view owns the chart
    , m_title(new QLabel(this))
{
    setObjectName(u"connectionsPanel"_s);
    m_grouping->setObjectName(u"connectionsGrouping"_s);
    m_grouping->addItem(QString(), int(ConnectionStatsModel::Grouping::ByTenant));
    m_grouping->addItem(QString(), int(ConnectionStatsModel::Grouping::ByRole));
    m_now->setObjectName(u"connectionsNow"_s);
    m_view->setObjectName(u"connectionsChart"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_chart->legend()->setAlignment(Qt::AlignRight);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_grouping);
    top->addStretch(1);
    top->addWidget(m_now);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGrouping(ConnectionStatsModel::Grouping(m_grouping->currentData().toInt()));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConnectionsChart::rebuild);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &ConnectionsChart::rebuild);
    retranslate();
}

void ConnectionsChart::retranslate()
{
    m_title->setText(tr("Live connections"));
    m_grouping->setAccessibleName(tr("Show connections by"));
    m_grouping->setItemText(0, tr("By tenant"));
    m_grouping->setItemText(1, tr("By role"));
    rebuild();
}

void ConnectionsChart::setStats(const ConnectionStats &stats)
{
    m_model->setStats(stats);
}

void ConnectionsChart::setTenantFilter(const QString &organizationId)
{
    m_model->setTenantFilter(organizationId);
    // Roles are counted across tenants: with one tenant chosen, only its total is known.
    m_grouping->setEnabled(organizationId.isEmpty());
    m_grouping->setToolTip(organizationId.isEmpty()
                               ? QString()
                               : tr("Connections by role are counted across all tenants; "
                                    "choose all organizations to see them."));
}

void ConnectionsChart::setTenantNames(const QHash<QString, QString> &names)
{
    m_model->setTenantNames(names);
}

void ConnectionsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        m_chart->setTheme(isDarkPalette(palette()) ? QChart::ChartThemeDark
                                                   : QChart::ChartThemeLight);
    QWidget::changeEvent(event);
}

QString ConnectionsChart::spanText(qint64 spanSecs)
{
    if (spanSecs < 90)
        return tr("last %n second(s)", nullptr, int(std::max<qint64>(spanSecs, 0)));
    return tr("last %n minute(s)", nullptr, int((spanSecs + 30) / 60));
}

void ConnectionsChart::rebuild()
{
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const int rows = m_model->rowCount();
    const auto timeAt = [this](int row) {
        return m_model->index(row, 0).data(SortRole).toLongLong();
    };
    m_now->setText(tr("%n connected now", nullptr, m_model->currentTotal()));
    // The title says the span the samples really cover, not the server's window.
    const qint64 spanSecs = rows > 1 ? (timeAt(rows - 1) - timeAt(0)) / 1000 : 0;
    const QString title = tr("Connections, %1").arg(spanText(spanSecs));
    m_chart->setTitle(title);
    m_view->setAccessibleName(title);

    auto *timeAxis = new QDateTimeAxis;
    // Labels must differ: seconds when the span is short.
    timeAxis->setFormat(spanSecs <= 15 * 60 ? u"HH:mm:ss"_s : u"HH:mm"_s);
    timeAxis->setTickCount(rows > 1 ? 5 : 2);
    timeAxis->setTitleText(tr("Time"));
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(u"%d"_s);
    countAxis->setTitleText(tr("Connections"));
    m_chart->addAxis(timeAxis, Qt::AlignBottom);
    m_chart->addAxis(countAxis, Qt::AlignLeft);

    int maximum = 1;
    const auto addSeries = [&](int column) {
        auto *series = new QLineSeries;
        series->setName(m_model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < rows; ++row) {
            const int value = m_model->index(row, column).data().toInt();
            maximum = std::max(maximum, value);
            series->append(double(timeAt(row)), value);
        }
        m_chart->addSeries(series);
        series->attachAxis(timeAxis);
        series->attachAxis(countAxis);
        return series;
    };
    // One line per group, then the total on top, dashed, so that a group equal to the total
    // does not hide it.
    for (int column = ConnectionStatsModel::FirstSeriesColumn; column < m_model->columnCount();
         ++column)
        addSeries(column);
    QLineSeries *total = addSeries(ConnectionStatsModel::TotalColumn);
    if (m_model->columnCount() > ConnectionStatsModel::FirstSeriesColumn) {
        QPen pen = total->pen();
        pen.setWidth(3);
        pen.setStyle(Qt::DashLine);
        total->setPen(pen);
    }
    m_chart->legend()->setVisible(true);

    if (rows > 0) {
        timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(timeAt(0)),
                           QDateTime::fromMSecsSinceEpoch(timeAt(rows - 1)));
    } else {
        const QDateTime now = QDateTime::currentDateTime();
        timeAxis->setRange(now.addSecs(-600), now);
    }
    // Whole numbers only, one label per step.
    const int top = maximum + 1;
    const int step = std::max(1, (top + 4) / 5);
    countAxis->setRange(0, ((top + step - 1) / step) * step);
    countAxis->setTickType(QValueAxis::TicksDynamic);
    countAxis->setTickAnchor(0);
    countAxis->setTickInterval(step);
}

} // namespace wedsync
