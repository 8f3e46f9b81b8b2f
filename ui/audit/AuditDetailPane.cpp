#include "audit/AuditDetailPane.h"

#include "AuditModel.h"

#include "JsonDiffModel.h"
#include "ModelRoles.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// Tints a diff row by its change; the Change column says the same in words.
class DiffRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
        QColor tint;
        switch (JsonDiffEntry::Change(index.data(ChangeRole).toInt())) {
        case JsonDiffEntry::Change::Added:
            tint = dark ? QColor(0x1b, 0x5e, 0x20) : QColor(0xe8, 0xf5, 0xe9);
            break;
        case JsonDiffEntry::Change::Removed:
            tint = dark ? QColor(0x7f, 0x1d, 0x1d) : QColor(0xff, 0xeb, 0xee);
            break;
        case JsonDiffEntry::Change::Changed:
            tint = dark ? QColor(0x6d, 0x4c, 0x00) : QColor(0xff, 0xf8, 0xe1);
            break;
        }
        option->backgroundBrush = tint;
        option->palette.setColor(QPalette::Text,
                                 dark ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a));
    }
};

} // namespace

AuditDetailPane::AuditDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_openConflict(new QPushButton(this))
    , m_view(new QTableView(this))
    , m_diff(new JsonDiffModel(this))
{
    setObjectName(u"auditDetails"_s);
    m_summary->setObjectName(u"auditDetailSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openConflict->setObjectName(u"auditOpenConflict"_s);
    m_openConflict->hide();
    connect(m_openConflict, &QPushButton::clicked, this,
            [this] { Q_EMIT openConflictRequested(m_conflictId); });
    m_view->setObjectName(u"auditDiffTable"_s);
    m_view->setModel(m_diff);
    m_view->setItemDelegate(new DiffRowDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(JsonDiffModel::PathColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(JsonDiffModel::ChangeColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(JsonDiffModel::BeforeColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(JsonDiffModel::AfterColumn,
                                                     QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_openConflict, 0, Qt::AlignLeft);
    layout->addWidget(m_view, 1);
    clear();
    retranslate();
}

void AuditDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate(); // the summary is written again by the page
    QWidget::changeEvent(event);
}

void AuditDetailPane::retranslate()
{
    m_view->setAccessibleName(tr("Fields changed by the selected audit event"));
    m_openConflict->setText(tr("Open in Conflicts"));
    m_openConflict->setToolTip(tr("Show this conflict in the conflict center: both sides and "
                                  "how it was resolved"));
}

void AuditDetailPane::showRecord(const AuditRecord &record, const QString &actorName,
                                 const QString &organizationName)
{
    m_summary->setText(
        tr("<b>%1</b> of %2 <code>%3</code><br>by %4 in %5, %6<br>request %7")
            .arg(AuditModel::actionText(record.action).toHtmlEscaped(),
                 AuditModel::entityTypeText(record.entityType).toHtmlEscaped(),
                 record.entityId.toHtmlEscaped(), actorName.toHtmlEscaped(),
                 organizationName.toHtmlEscaped(),
                 QLocale().toString(record.occurredAt.toLocalTime(), QLocale::LongFormat),
                 record.requestId.toHtmlEscaped()));
    m_diff->setDocuments(
        record.before ? QJsonValue(*record.before) : QJsonValue(QJsonValue::Undefined),
        record.after ? QJsonValue(*record.after) : QJsonValue(QJsonValue::Undefined));
    m_view->resizeRowsToContents();
    // A conflict's row leads back to the conflict (open, or closed with its resolution).
    m_conflictId = record.entityType == u"sync_conflict" ? record.entityId : QString();
    m_openConflict->setVisible(!m_conflictId.isEmpty());
}

void AuditDetailPane::clear()
{
    m_conflictId.clear();
    m_openConflict->hide();
    m_summary->setText(tr("Select an audit event to see what changed."));
    m_diff->setEntries({});
}

} // namespace wedsync
