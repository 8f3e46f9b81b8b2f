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
    m_view->setAccessibleName(tr("Connections over the last 10 minutes"));
    m_chart->setTitle(tr("Connections, last 10 minutes"));
    rebuild();
}

void ConnectionsChart::setStats(const ConnectionStats &stats)
{
    m_model->setStats(stats);
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

void ConnectionsChart::rebuild()
{
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const int rows = m_model->rowCount();
    m_now->setText(tr("%n connected now", nullptr, m_model->currentTotal()));
    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setFormat(u"HH:mm"_s);
    timeAxis->setTitleText(tr("Time"));
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(u"%d"_s);
    countAxis->setTitleText(tr("Connections"));
    m_chart->addAxis(timeAxis, Qt::AlignBottom);
    m_chart->addAxis(countAxis, Qt::AlignLeft);

    int maximum = 1;
    for (int column = ConnectionStatsModel::TotalColumn; column < m_model->columnCount();
         ++column) {
        auto *series = new QLineSeries;
        series->setName(m_model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < rows; ++row) {
            const int value = m_model->index(row, column).data().toInt();
            maximum = std::max(maximum, value);
            series->append(double(m_model->index(row, 0).data(SortRole).toLongLong()), value);
        }
        m_chart->addSeries(series);
        series->attachAxis(timeAxis);
        series->attachAxis(countAxis);
        if (column == ConnectionStatsModel::TotalColumn) {
            QPen pen = series->pen();
            pen.setWidth(3);
            series->setPen(pen);
        }
    }
    if (rows > 0) {
        timeAxis->setRange(
            QDateTime::fromMSecsSinceEpoch(m_model->index(0, 0).data(SortRole).toLongLong()),
            QDateTime::fromMSecsSinceEpoch(
                m_model->index(rows - 1, 0).data(SortRole).toLongLong()));
    } else {
        const QDateTime now = QDateTime::currentDateTime();
        timeAxis->setRange(now.addSecs(-600), now);
    }
    countAxis->setRange(0, maximum + 1);
    countAxis->applyNiceNumbers();
}

} // namespace wedsync
