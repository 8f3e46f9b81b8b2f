#include "audit/AuditDetailPane.h"

#include "AuditModel.h"

#include "JsonDiffModel.h"
#include "ModelRoles.h"
#include "TimeText.h"
#include "common/WrappedRows.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
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
    , m_showRaw(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_raw(new QPlainTextEdit(this))
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
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_diff);
    m_view->setItemDelegate(new DiffRowDelegate(m_view));
    m_view->verticalHeader()->hide();
    new WrappedRows(m_view); // a long value reads in full on more lines of its row
    m_view->horizontalHeader()->setSectionResizeMode(JsonDiffModel::PathColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(JsonDiffModel::ChangeColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(JsonDiffModel::BeforeColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(JsonDiffModel::AfterColumn,
                                                     QHeaderView::Stretch);

    m_raw->setObjectName(u"auditRawRecord"_s);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_raw);
    m_showRaw->setObjectName(u"auditShowRaw"_s);
    m_showRaw->setCheckable(true);
    connect(m_showRaw, &QPushButton::toggled, this, [this](bool raw) {
        m_stack->setCurrentWidget(raw ? static_cast<QWidget *>(m_raw) : m_view);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openConflict);
    buttons->addStretch(1);
    buttons->addWidget(m_showRaw);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
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
    m_showRaw->setText(tr("Show raw"));
    m_showRaw->setToolTip(tr("Show the record as the server stores it (JSON)"));
    m_raw->setAccessibleName(tr("The selected audit event as the server stores it"));
}

void AuditDetailPane::showRecord(const AuditRecord &record, const QString &actorName,
                                 const QString &organizationName)
{
    const QString label = AuditModel::entityLabel(record);
    const QString action = AuditModel::actionText(record.action);
    const QString type = AuditModel::entityTypeText(record.entityType);
    // "Update of Section “Budget”"; a sign-in is just "Sign-in".
    const QString what = label.isEmpty() && type == action
        ? tr("<b>%1</b>").arg(action.toHtmlEscaped())
        : label.isEmpty()
        ? tr("<b>%1</b> of %2").arg(action.toHtmlEscaped(), type.toHtmlEscaped())
        : tr("<b>%1</b> of %2 “%3”")
              .arg(action.toHtmlEscaped(), type.toHtmlEscaped(), label.toHtmlEscaped());
    QString text = tr("%1<br>by %2 in %3<br>%4 (%5)")
                       .arg(what, actorName.toHtmlEscaped(), organizationName.toHtmlEscaped(),
                            timeText(record.occurredAt), timeZoneText(record.occurredAt));
    // Ids last and small, for support; a line without a value is left out.
    if (!record.entityId.isEmpty())
        text += u"<br><small>"_s + tr("Item id: %1").arg(record.entityId.toHtmlEscaped())
            + u"</small>"_s;
    if (!record.requestId.isEmpty())
        text += u"<br><small>"_s + tr("Request id: %1").arg(record.requestId.toHtmlEscaped())
            + u"</small>"_s;
    m_summary->setText(text);
    m_diff->setDocuments(
        record.before ? QJsonValue(*record.before) : QJsonValue(QJsonValue::Undefined),
        record.after ? QJsonValue(*record.after) : QJsonValue(QJsonValue::Undefined));
    m_view->resizeRowsToContents();
    m_raw->setPlainText(QString::fromUtf8(
        QJsonDocument(auditRecordToJson(record)).toJson(QJsonDocument::Indented)));
    m_showRaw->setEnabled(true);
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
    m_raw->clear();
    m_showRaw->setEnabled(false);
}

} // namespace wedsync
