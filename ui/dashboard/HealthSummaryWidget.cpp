#include "dashboard/HealthSummaryWidget.h"

#include "dashboard/StatusStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

constexpr SyncStatus AllStatuses[]
    = {SyncStatus::Success, SyncStatus::Partial, SyncStatus::Failed, SyncStatus::Pending};

int countOf(const SyncStatusCounts &counts, SyncStatus status)
{
    switch (status) {
    case SyncStatus::Success:
        return counts.success;
    case SyncStatus::Partial:
        return counts.partial;
    case SyncStatus::Failed:
        return counts.failed;
    case SyncStatus::Pending:
        return counts.pending;
    }
    return 0;
}

} // namespace

HealthSummaryWidget::HealthSummaryWidget(QWidget *parent)
    : QWidget(parent)
    , m_percent(new QLabel(this))
    , m_total(new QLabel(this))
{
    setObjectName(u"healthSummary"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *headline = new QVBoxLayout;
    m_percent->setObjectName(u"healthPercent"_s);
    QFont big = m_percent->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_percent->setFont(big);

    m_total->setObjectName(u"tenantTotal"_s);
    headline->addWidget(m_percent);
    headline->addWidget(m_total);
    layout->addLayout(headline);
    layout->addSpacing(16);

    for (SyncStatus status : AllStatuses) {
        auto *tile = new QWidget(this);
        auto *tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(8, 4, 8, 4);
        auto *badge = new QLabel(tile);
        badge->setObjectName(u"badge_"_s + syncStatusName(status));
        badge->setAlignment(Qt::AlignCenter);
        badge->setMargin(4);
        auto *count = new QLabel(u"0"_s, tile);
        count->setObjectName(u"count_"_s + syncStatusName(status));
        count->setAlignment(Qt::AlignCenter);
        QFont countFont = count->font();
        countFont.setPointSizeF(countFont.pointSizeF() * 1.6);
        countFont.setBold(true);
        count->setFont(countFont);
        tileLayout->addWidget(count);
        tileLayout->addWidget(badge);
        layout->addWidget(tile);
        m_counts.insert(int(status), count);
        m_badges.insert(int(status), badge);
    }
    layout->addStretch(1);
    restyle();
    setReport({});
}

void HealthSummaryWidget::setReport(const SyncHealthReport &report)
{
    m_report = report;
    m_last = report.counts();
    m_percent->setAccessibleName(tr("Overall sync health"));
    const QLocale locale;
    if (m_last.total() == 0 && report.generatedAt.isNull()) {
        m_percent->setText(tr("—"));
        m_total->setText(tr("No sync health yet"));
    } else {
        m_percent->setText(tr("%1% healthy").arg(locale.toString(report.healthPercent(), 'f', 0)));
        m_total->setText(tr("%n tenant(s)", nullptr, m_last.total()));
    }
    for (SyncStatus status : AllStatuses) {
        const int n = countOf(m_last, status);
        QLabel *count = m_counts.value(int(status));
        count->setText(locale.toString(n));
        count->setAccessibleName(tr("%1 tenants: %2").arg(syncStatusDisplayName(status)).arg(n));
    }
    // How the number is made, for whoever wonders what "50 %" means.
    m_percent->setToolTip(
        m_last.total() == 0
            ? QString()
            : tr("%1 of %n tenant(s) are healthy (Success), %2 partial, %3 failed and %4 "
                 "pending. Health counts each Success tenant fully and each Partial tenant as "
                 "half; Failed and Pending count as nothing. A tenant is Success when its last "
                 "configuration change reached every connected client and it has no open "
                 "conflict.",
                 nullptr, m_last.total())
                  .arg(m_last.success)
                  .arg(m_last.partial)
                  .arg(m_last.failed)
                  .arg(m_last.pending));
    m_total->setToolTip(m_percent->toolTip());
    m_percent->setAccessibleDescription(m_total->text() + u". "_s + m_percent->toolTip());
}

void HealthSummaryWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::LanguageChange)
        restyle();
    if (event->type() == QEvent::LanguageChange)
        setReport(m_report);
    QWidget::changeEvent(event);
}

void HealthSummaryWidget::restyle()
{
    const bool dark = isDarkPalette(palette());
    for (SyncStatus status : AllStatuses) {
        const BadgeStyle look = statusBadge(status, dark);
        QLabel *badge = m_badges.value(int(status));
        badge->setText(look.glyph + u' ' + syncStatusDisplayName(status));
        badge->setStyleSheet(
            u"QLabel { background: %1; color: %2; border-radius: 6px; padding: 2px 8px; }"_s.arg(
                look.background.name(), look.text.name()));
    }
}

} // namespace wedsync
