#include "suppliers/SupplierDetailPane.h"

#include "ComplianceModels.h"
#include "ComplianceText.h"
#include "TimeText.h"
#include "common/ColumnFit.h"

#include <QComboBox>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

SupplierDetailPane::SupplierDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_reviewers(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_advancementText(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_model(new RequirementRecordModel(this))
    , m_view(new QTableView(this))
    , m_historyLabel(new QLabel(this))
    , m_history(new QListWidget(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_approve(new QPushButton(this))
    , m_revision(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_decisionHint(new QLabel(this))
    , m_undoStrip(new QWidget(this))
    , m_undoText(new QLabel(m_undoStrip))
    , m_undo(new QPushButton(m_undoStrip))
    , m_tierLabel(new QLabel(this))
    , m_tier(new QComboBox(this))
    , m_switchTier(new QPushButton(this))
    , m_readOnly(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"supplierTitle"_s);
    m_subtitle->setObjectName(u"supplierSubtitle"_s);
    m_subtitle->setWordWrap(true);
    m_reviewers->setObjectName(u"supplierReviewers"_s);
    m_reviewers->setWordWrap(true);
    m_reviewers->hide();
    m_progress->setObjectName(u"supplierProgress"_s);
    m_progress->setRange(0, 100);
    m_advancementText->setObjectName(u"supplierAdvancement"_s);
    m_advancementText->setWordWrap(true);
    m_figures->setObjectName(u"supplierFigures"_s);

    m_view->setObjectName(u"requirementTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    new ColumnFit(m_view, RequirementRecordModel::RequirementColumn, 180);

    m_historyLabel->setObjectName(u"historyLabel"_s);
    m_historyLabel->setBuddy(m_history);
    m_history->setObjectName(u"requirementHistory"_s);
    m_history->setMaximumHeight(120);
    m_history->setWordWrap(true);
    m_reason->setObjectName(u"reviewReason"_s);
    m_reason->setClearButtonEnabled(true);
    m_reason->setMaxLength(1000);
    m_reasonLabel->setBuddy(m_reason);
    m_approve->setObjectName(u"approveButton"_s);
    m_revision->setObjectName(u"revisionButton"_s);
    m_reject->setObjectName(u"rejectButton"_s);
    m_decisionHint->setObjectName(u"decisionHint"_s);
    m_decisionHint->setWordWrap(true);

    m_undoStrip->setObjectName(u"undoStrip"_s);
    m_undoStrip->setAutoFillBackground(true);
    m_undoStrip->setBackgroundRole(QPalette::AlternateBase);
    m_undoText->setObjectName(u"undoText"_s);
    m_undoText->setWordWrap(true);
    m_undo->setObjectName(u"undoDecisionButton"_s);
    auto *undoLayout = new QHBoxLayout(m_undoStrip);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undo);
    m_undoStrip->hide();

    m_tier->setObjectName(u"tierChoice"_s);
    m_tierLabel->setBuddy(m_tier);
    m_switchTier->setObjectName(u"switchTierButton"_s);
    m_readOnly->setObjectName(u"suppliersReadOnly"_s);
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();

    auto *decision = new QHBoxLayout;
    decision->addWidget(m_reasonLabel);
    decision->addWidget(m_reason, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_revision);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    auto *tier = new QHBoxLayout;
    tier->addWidget(m_tierLabel);
    tier->addWidget(m_tier);
    tier->addWidget(m_switchTier);
    tier->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_reviewers);
    layout->addWidget(m_progress);
    layout->addWidget(m_advancementText);
    layout->addWidget(m_figures);
    layout->addLayout(tier);
    layout->addWidget(m_view, 2);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_readOnly);
    layout->addLayout(decision);
    layout->addLayout(buttons);
    layout->addWidget(m_decisionHint);
    layout->addWidget(m_undoStrip);

    // Reading order: the tier beside the figures first, then the requirements and the decision.
    const QList<QWidget *> order {m_tier,    m_switchTier, m_view,   m_history, m_reason,
                                  m_approve, m_revision,   m_reject, m_undo};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showHistory();
        updateButtons();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &SupplierDetailPane::updateButtons);
    connect(m_approve, &QPushButton::clicked, this,
            [this] { Q_EMIT decisionRequested(RequirementStatus::Approved, reason()); });
    connect(m_revision, &QPushButton::clicked, this,
            [this] { Q_EMIT decisionRequested(RequirementStatus::RevisionRequired, reason()); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { Q_EMIT decisionRequested(RequirementStatus::Rejected, reason()); });
    connect(m_undo, &QPushButton::clicked, this, &SupplierDetailPane::undoRequested);
    connect(m_switchTier, &QPushButton::clicked, this,
            [this] { Q_EMIT tierSwitchRequested(m_tier->currentData().toString()); });
    connect(m_tier, &QComboBox::currentIndexChanged, this, &SupplierDetailPane::updateButtons);
    retranslate();
    clear({});
}

void SupplierDetailPane::setRights(bool mayReview, bool mayAdminister, const QString &readOnlyText)
{
    m_mayReview = mayReview;
    m_mayAdminister = mayAdminister;
    for (QWidget *widget : {static_cast<QWidget *>(m_reasonLabel), static_cast<QWidget *>(m_reason),
                            static_cast<QWidget *>(m_approve), static_cast<QWidget *>(m_revision),
                            static_cast<QWidget *>(m_reject)})
        widget->setVisible(mayReview);
    m_decisionHint->setVisible(mayReview);
    m_readOnly->setText(readOnlyText);
    m_readOnly->setVisible(!readOnlyText.isEmpty());
    m_tier->setEnabled(mayAdminister);
    m_switchTier->setVisible(mayAdminister
                             && !m_supplier.id.isEmpty()); // no tier row before a supplier
    updateButtons();
}

void SupplierDetailPane::setTiers(const QList<ComplianceTier> &tiers)
{
    m_tiers = tiers;
    const QString chosen = m_tier->currentData().toString();
    const QSignalBlocker blocker(m_tier);
    m_tier->clear();
    for (const ComplianceTier &tier : tiers)
        m_tier->addItem(ComplianceText::tierText(tier.rule.name), tier.rule.id);
    m_tier->setCurrentIndex(
        std::max(0, m_tier->findData(chosen.isEmpty() ? m_supplier.tierId : chosen)));
    updateButtons();
}

void SupplierDetailPane::showSupplier(const SupplierSummary &supplier,
                                      const QList<RequirementRecord> &records,
                                      const AdvancementCheck &advancement)
{
    const bool another = supplier.id != m_supplier.id;
    const RequirementRecord *selected = selectedRecord();
    const QString selectedId = selected && !another ? selected->id : QString();
    m_supplier = supplier;
    m_advancement = advancement;
    m_title->setText(supplier.displayName);
    QString subtitle = tr("%1 · %2 tier · %3")
                           .arg(ComplianceText::roleText(supplier.role),
                                ComplianceText::tierText(supplier.tierName), supplier.email);
    if (!supplier.active)
        subtitle = tr("Inactive: %1")
                       .arg(supplier.deactivationReason.isEmpty() ? subtitle
                                                                  : supplier.deactivationReason);
    m_subtitle->setText(subtitle);
    m_progress->setValue(qRound(supplier.stats.completionPercent));
    m_progress->setFormat(tr("%p% approved"));
    m_progress->setVisible(true);
    m_tierLabel->setVisible(true);
    m_tier->setVisible(true);
    m_switchTier->setVisible(m_mayAdminister);
    m_advancementText->setText(ComplianceText::advancementText(advancement));
    m_figures->setText(ComplianceText::figuresText(supplier.stats));
    m_model->setToday(QDate::currentDate());
    m_model->setItems(records);
    if (!selectedId.isEmpty())
        selectRecord(selectedId);
    else if (!records.isEmpty()) {
        // The first submission waiting, else the first requirement.
        int row = 0;
        for (int i = 0; i < records.size(); ++i) {
            if (records.at(i).status == RequirementStatus::Submitted) {
                row = i;
                break;
            }
        }
        m_view->setCurrentIndex(m_model->index(row, 0));
    }
    {
        const QSignalBlocker blocker(m_tier);
        m_tier->setCurrentIndex(std::max(0, m_tier->findData(supplier.tierId)));
    }
    showHistory();
    updateButtons();
}

void SupplierDetailPane::clear(const QString &message)
{
    m_supplier = {};
    m_advancement = {};
    m_title->setText(message.isEmpty() ? tr("No supplier chosen") : message);
    m_subtitle->setText(tr("Choose a submission in the review queue or a supplier in the list."));
    m_progress->setVisible(false);
    for (QWidget *widget : {static_cast<QWidget *>(m_tierLabel), static_cast<QWidget *>(m_tier)})
        widget->setVisible(false);
    m_switchTier->setVisible(false);
    m_advancementText->clear();
    m_figures->clear();
    m_model->setItems({});
    m_history->clear();
    m_reviewers->hide();
    updateButtons();
}

bool SupplierDetailPane::selectRecord(const QString &recordId)
{
    const int row = m_model->rowOf(recordId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

const RequirementRecord *SupplierDetailPane::selectedRecord() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return nullptr;
    return &m_model->item(current.row());
}

void SupplierDetailPane::setReviewers(const QStringList &names)
{
    m_reviewers->setVisible(!names.isEmpty());
    m_reviewers->setText(
        tr("Also reviewing this supplier: %1. Agree who decides before you approve.")
            .arg(QLocale().createSeparatedList(names)));
}

void SupplierDetailPane::showWaiting(const QString &text)
{
    m_undoText->setText(text);
    m_undoStrip->setVisible(!text.isEmpty());
}

void SupplierDetailPane::focusUndo()
{
    m_undo->setFocus(Qt::OtherFocusReason);
}

void SupplierDetailPane::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

QString SupplierDetailPane::reason() const
{
    return m_reason->text().trimmed();
}

void SupplierDetailPane::clearReason()
{
    m_reason->clear();
}

QString SupplierDetailPane::nameOf(const QString &id) const
{
    if (id.isEmpty())
        return {};
    if (id == m_selfId)
        return tr("you");
    if (id == m_supplier.id)
        return m_supplier.displayName;
    return m_names.value(id, tr("someone else"));
}

void SupplierDetailPane::showHistory()
{
    m_history->clear();
    const RequirementRecord *record = selectedRecord();
    if (!record) {
        m_historyLabel->setText(tr("Histor&y"));
        return;
    }
    m_historyLabel->setText(tr("Histor&y of %1").arg(record->title));
    // Newest first, as a timeline reads.
    for (auto it = record->history.crbegin(); it != record->history.crend(); ++it)
        m_history->addItem(tr("%1 — %2").arg(timeText(it->at),
                                             ComplianceText::stepText(*it, nameOf(it->actorId))));
    if (!record->evidenceRef.isEmpty())
        m_history->addItem(tr("Evidence: %1").arg(record->evidenceRef));
}

void SupplierDetailPane::updateButtons()
{
    const RequirementRecord *record = selectedRecord();
    const bool submitted = record && record->status == RequirementStatus::Submitted;
    const bool ownSubmission = submitted && !m_selfId.isEmpty() && record->submittedBy == m_selfId;
    const bool decide = m_mayReview && submitted && !ownSubmission && !m_busy && m_supplier.active;
    const bool hasReason = !reason().isEmpty();
    m_approve->setEnabled(decide);
    m_revision->setEnabled(decide && hasReason);
    m_reject->setEnabled(decide && hasReason);
    m_reason->setEnabled(decide);
    if (!record)
        m_decisionHint->setText(tr("Choose a requirement to review."));
    else if (!m_supplier.active)
        m_decisionHint->setText(tr("The supplier is inactive: their records are kept, nothing "
                                   "is reviewed."));
    else if (ownSubmission)
        m_decisionHint->setText(
            tr("You submitted this one yourself: another reviewer decides it."));
    else if (!submitted)
        m_decisionHint->setText(tr("Only submitted requirements are reviewed; this one is %1.")
                                    .arg(ComplianceText::statusText(record->status).toLower()));
    else if (!hasReason)
        m_decisionHint->setText(
            tr("Approve, or write a reason to request a revision or reject it."));
    else
        m_decisionHint->setText(tr("Each decision can be undone for a few seconds."));
    const bool otherTier = m_tier->currentData().toString() != m_supplier.tierId;
    m_switchTier->setEnabled(m_mayAdminister && !m_supplier.id.isEmpty() && otherTier
                             && m_supplier.active && !m_busy);
}

void SupplierDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SupplierDetailPane::retranslate()
{
    m_reasonLabel->setText(tr("Rea&son:"));
    m_reason->setPlaceholderText(tr("Needed to request a revision or to reject"));
    m_approve->setText(tr("&Approve"));
    m_revision->setText(tr("Request &revision"));
    m_reject->setText(tr("Re&ject"));
    m_undo->setText(tr("&Undo"));
    m_tierLabel->setText(tr("&Tier:"));
    m_switchTier->setText(tr("Sw&itch tier…"));
    const int tierIndex = m_tier->currentIndex();
    for (int i = 0; i < m_tiers.size() && i < m_tier->count(); ++i)
        m_tier->setItemText(i, ComplianceText::tierText(m_tiers.at(i).rule.name));
    m_tier->setCurrentIndex(tierIndex);
    m_model->retranslate();
    showHistory();
    updateButtons();
}

} // namespace wedsync
