#include "suppliers/SuppliersPage.h"

#include "ComplianceModels.h"
#include "ComplianceText.h"
#include "ModelRoles.h"
#include "api/ApiError.h"
#include "common/ColumnFit.h"
#include "common/RowMenu.h"
#include "common/UserPrompts.h"
#include "compliance/ReviewDecisions.h"
#include "compliance/SupplierFeed.h"
#include "compliance/TierSwitcher.h"
#include "suppliers/SupplierDetailPane.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QTableView *listView(const QString &name, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    return view;
}

// The decision in words, for the undo strip and the status bar.
QString decisionText(const ReviewDecision &decision)
{
    switch (decision.status) {
    case RequirementStatus::Approved:
        return SuppliersPage::tr("Approve “%1” for %2").arg(decision.title, decision.supplierName);
    case RequirementStatus::RevisionRequired:
        return SuppliersPage::tr("Ask %2 to revise “%1”")
            .arg(decision.title, decision.supplierName);
    default:
        return SuppliersPage::tr("Reject “%1” for %2").arg(decision.title, decision.supplierName);
    }
}

} // namespace

SuppliersPage::SuppliersPage(SupplierFeed *feed, ReviewDecisions *decisions, TierSwitcher *switcher,
                             UserPrompts *prompts, QWidget *parent)
    : ConsolePage(parent)
    , m_feed(feed)
    , m_decisions(decisions)
    , m_switcher(switcher)
    , m_prompts(prompts)
    , m_queueModel(new ReviewQueueModel(this))
    , m_supplierModel(new SupplierListModel(this))
    , m_supplierProxy(new QSortFilterProxyModel(this))
    , m_notice(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_queueView(listView(u"reviewQueue"_s, m_queueModel, this))
    , m_supplierView(listView(u"supplierTable"_s, m_supplierProxy, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_details(new SupplierDetailPane(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(pageId());
    m_notice->setObjectName(u"suppliersNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_supplierProxy->setSourceModel(m_supplierModel);
    m_supplierProxy->setSortRole(SortRole);
    m_supplierProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_supplierView->setSortingEnabled(true);
    m_supplierView->sortByColumn(SupplierListModel::NameColumn, Qt::AscendingOrder);
    new ColumnFit(m_queueView, ReviewQueueModel::RequirementColumn, 240);
    new ColumnFit(m_supplierView, SupplierListModel::NameColumn, 160);

    m_tabs->setObjectName(u"supplierTabs"_s);
    m_tabs->addTab(m_queueView, QString());
    m_tabs->addTab(m_supplierView, QString());
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_details);
    // The queue's four columns need about as much room as the supplier beside them.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);

    enableRowMenu(m_supplierView, [this](QMenu *menu, const QModelIndex &index) {
        const SupplierSummary &supplier
            = m_supplierModel->item(m_supplierProxy->mapToSource(index).row());
        addCopyAction(menu, tr("Copy e-mail address"), supplier.email);
        addCopyAction(menu, tr("Copy supplier id"), supplier.id);
        menu->addSeparator();
        menu->addAction(tr("Open the supplier in the audit trail"), this,
                        [this, id = supplier.id] { Q_EMIT openItemRequested(u"audit"_s, id); });
    });
    enableRowMenu(m_queueView, [this](QMenu *menu, const QModelIndex &index) {
        const RequirementRecord &record = m_queueModel->item(index.row());
        if (!record.evidenceRef.isEmpty())
            addCopyAction(menu, tr("Copy evidence reference"), record.evidenceRef);
        addCopyAction(menu, tr("Copy record id"), record.id);
    });

    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const RequirementRecord &record = m_queueModel->item(current.row());
                openSupplier(record.supplierId, record.id);
            });
    connect(m_supplierView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openSupplier(current.data(IdRole).toString());
            });
    // Enter in the queue goes on to the decision.
    connect(m_queueView, &QTableView::activated, this,
            [this] { m_details->requirementView()->setFocus(Qt::OtherFocusReason); });

    connect(m_feed, &SupplierFeed::queueLoaded, this, &SuppliersPage::onQueue);
    connect(m_feed, &SupplierFeed::suppliersLoaded, this, &SuppliersPage::onSuppliers);
    connect(m_feed, &SupplierFeed::tiersLoaded, m_details, &SupplierDetailPane::setTiers);
    connect(m_feed, &SupplierFeed::namesLoaded, this, [this](const QHash<QString, QString> &names) {
        QHash<QString, QString> all = m_names;
        all.insert(names);
        m_details->setNames(all);
    });
    connect(m_feed, &SupplierFeed::detailLoaded, this, &SuppliersPage::onDetail);
    connect(m_feed, &SupplierFeed::errorOccurred, this, &SuppliersPage::onError);
    connect(m_feed, &SupplierFeed::reviewersChanged, this, &SuppliersPage::onReviewers);

    connect(m_details, &SupplierDetailPane::decisionRequested, this,
            [this](RequirementStatus status, const QString &note) { decide(int(status), note); });
    connect(m_details, &SupplierDetailPane::undoRequested, this, [this] {
        const auto waiting = m_decisions->waiting();
        if (waiting && m_decisions->undo())
            Q_EMIT statusMessage(
                tr("Taken back, nothing was sent: %1.").arg(decisionText(*waiting)));
    });
    connect(
        m_details, &SupplierDetailPane::tierSwitchRequested, this, [this](const QString &tierId) {
            const SupplierSummary &supplier = m_details->supplier();
            m_details->setBusy(true);
            m_switcher->preview({supplier.organizationId, supplier.id, tierId, supplier.version});
        });

    m_countdown->setInterval(500);
    connect(m_countdown, &QTimer::timeout, this, &SuppliersPage::updateWaiting);
    // While a decision waits, the buttons rest (a second click would only meet a newer
    // version); when the strip goes, the keyboard goes back to the requirements, not to
    // whatever follows the strip.
    const auto closeStrip = [this] {
        m_countdown->stop();
        const bool hadFocus = m_details->isAncestorOf(QApplication::focusWidget());
        m_details->showWaiting({});
        m_details->setBusy(false);
        if (hadFocus && !m_details->isAncestorOf(QApplication::focusWidget()))
            m_details->requirementView()->setFocus(Qt::OtherFocusReason);
    };
    connect(m_decisions, &ReviewDecisions::proposed, this, [this] {
        m_details->setBusy(true);
        m_countdown->start();
        updateWaiting();
    });
    connect(m_decisions, &ReviewDecisions::undone, this, closeStrip);
    connect(m_decisions, &ReviewDecisions::sending, this, closeStrip);
    connect(m_decisions, &ReviewDecisions::decided, this,
            [this](const ReviewDecision &decision, const SupplierSummary &supplier,
                   const AdvancementCheck &advancement) {
                onDecided(decision, supplier, advancement.eligible);
            });
    connect(m_decisions, &ReviewDecisions::failed, this,
            [this](const ReviewDecision &decision, const ApiError &error) {
                Q_EMIT statusMessage(
                    tr("Not recorded: %1. %2").arg(decisionText(decision), error.userMessage()));
                m_feed->reload();
            });

    connect(m_switcher, &TierSwitcher::previewReady, this, &SuppliersPage::askTierSwitch);
    connect(m_switcher, &TierSwitcher::switched, this,
            [this](const TierSwitchRequest &, const SupplierSummary &supplier) {
                m_details->setBusy(false);
                Q_EMIT statusMessage(
                    tr("%1 is now in the %2 tier.")
                        .arg(supplier.displayName, ComplianceText::tierText(supplier.tierName)));
                m_feed->reload();
            });
    connect(m_switcher, &TierSwitcher::failed, this,
            [this](const TierSwitchRequest &, const ApiError &error) {
                m_details->setBusy(false);
                Q_EMIT statusMessage(tr("The tier was not switched: %1").arg(error.userMessage()));
                m_feed->reload();
            });
    retranslate();
}

SuppliersPage::~SuppliersPage() = default;

QString SuppliersPage::title() const
{
    return tr("Suppliers");
}

QIcon SuppliersPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DirIcon);
}

QString SuppliersPage::badge() const
{
    const int waiting = m_feed->queueTotal();
    return waiting > 0 ? QLocale().toString(waiting) : QString();
}

void SuppliersPage::setAccess(bool mayReview, bool mayAdminister, const QString &readOnlyText)
{
    m_details->setRights(mayReview, mayAdminister, readOnlyText);
}

void SuppliersPage::setDefaultOrganization(const QString &organizationId)
{
    m_defaultOrganization = organizationId;
    if (m_activated)
        openOrganization();
}

void SuppliersPage::setDisplayNames(const QHash<QString, QString> &names)
{
    m_names = names;
    m_details->setNames(names);
}

void SuppliersPage::setSignedInUser(const QString &userId, const QString &label)
{
    m_selfId = userId;
    m_selfLabel = label;
    m_details->setSelf(userId);
    m_feed->setSelf(userId, label);
}

QString SuppliersPage::organizationId() const
{
    return scope().organizationId.isEmpty() ? m_defaultOrganization : scope().organizationId;
}

void SuppliersPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    openOrganization();
}

void SuppliersPage::refresh()
{
    m_feed->reload();
}

void SuppliersPage::scopeChanged()
{
    if (m_activated)
        openOrganization();
}

void SuppliersPage::openOrganization()
{
    const QString organizationId = this->organizationId();
    if (organizationId == m_feed->organizationId() && !organizationId.isEmpty())
        return;
    m_decisions->sendNow(); // a decision on the organization left is the reviewer's
    m_haveLiveData = false;
    m_offline = false;
    m_error.clear();
    m_queueModel->setItems({});
    m_supplierModel->setItems({});
    m_details->clear({});
    m_feed->open(organizationId);
    updateNotice();
    Q_EMIT badgeChanged();
}

void SuppliersPage::updateNotice()
{
    QString text;
    if (organizationId().isEmpty())
        text = tr("Choose an organization in the switcher above to review its suppliers.");
    else if (m_offline)
        text = m_error.isEmpty()
            ? tr("Offline: showing the suppliers as last seen. Reviewing needs the server.")
            : tr("Offline: showing the suppliers as last seen. %1").arg(m_error);
    else if (!m_error.isEmpty())
        text = m_error;
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SuppliersPage::onQueue(const QList<RequirementRecord> &queue, int total, bool fromCache)
{
    if (fromCache && m_haveLiveData)
        return;
    const QModelIndex current = m_queueView->currentIndex();
    const QString currentId = current.isValid() ? m_queueModel->item(current.row()).id : QString();
    {
        const QSignalBlocker blocker(m_queueView->selectionModel());
        m_queueModel->setToday(QDate::currentDate());
        m_queueModel->setItems(queue);
        const int row = m_queueModel->rowOf(currentId);
        if (row >= 0)
            m_queueView->setCurrentIndex(m_queueModel->index(row, 0));
    }
    if (!fromCache) {
        m_haveLiveData = true;
        m_offline = false;
        m_error.clear();
        updateNotice();
    }
    m_tabs->setTabText(
        0, total > 0 ? tr("Review queue (%1)").arg(QLocale().toString(total)) : tr("Review queue"));
    Q_EMIT badgeChanged();
    Q_EMIT dataUpdated(QDateTime::currentDateTimeUtc(), fromCache);
}

void SuppliersPage::onSuppliers(const QList<SupplierSummary> &suppliers, bool fromCache)
{
    if (fromCache && m_haveLiveData)
        return;
    const QSignalBlocker blocker(m_supplierView->selectionModel());
    const QString shown = m_details->supplierId();
    m_supplierModel->setItems(suppliers);
    const int row = m_supplierModel->rowOf(shown);
    if (row >= 0)
        m_supplierView->setCurrentIndex(
            m_supplierProxy->mapFromSource(m_supplierModel->index(row, 0)));
    m_tabs->setTabText(1, tr("Suppliers (%1)").arg(QLocale().toString(suppliers.size())));
}

void SuppliersPage::openSupplier(const QString &supplierId, const QString &recordId)
{
    m_pendingRecord = recordId;
    if (supplierId == m_feed->openSupplierId() && supplierId == m_details->supplierId()) {
        if (!recordId.isEmpty())
            m_details->selectRecord(recordId);
        return;
    }
    m_feed->openSupplier(supplierId);
    onReviewers(m_feed->reviewers());
}

void SuppliersPage::onDetail(const SupplierDetail &detail)
{
    m_details->showSupplier(detail.supplier, detail.records, detail.advancement);
    if (!m_pendingRecord.isEmpty() && m_details->selectRecord(m_pendingRecord))
        m_pendingRecord.clear();
    onReviewers(m_feed->reviewers());
}

void SuppliersPage::onError(const ApiError &error)
{
    if (error.isNotConnected())
        return; // the cached lists stay; they update once the server answers
    m_error = error.userMessage();
    m_offline = !m_haveLiveData && m_queueModel->rowCount() + m_supplierModel->rowCount() > 0;
    updateNotice();
    Q_EMIT statusMessage(error.userMessage());
}

void SuppliersPage::onReviewers(const QList<PresentPeer> &reviewers)
{
    QStringList names;
    for (const PresentPeer &peer : reviewers) {
        if (!peer.itemId.isEmpty() && peer.itemId == m_details->supplierId())
            names.append(peer.label);
    }
    m_details->setReviewers(names);
}

void SuppliersPage::decide(int status, const QString &note)
{
    const RequirementRecord *record = m_details->selectedRecord();
    if (!record)
        return;
    const SupplierSummary &supplier = m_details->supplier();
    ReviewDecision decision;
    decision.organizationId = supplier.organizationId;
    decision.supplierId = supplier.id;
    decision.supplierName = supplier.displayName;
    decision.requirementId = record->requirementId;
    decision.title = record->title;
    decision.status = RequirementStatus(status);
    decision.note = decision.status == RequirementStatus::Approved ? QString() : note;
    decision.version = record->version;
    m_decisions->propose(decision);
    m_details->clearReason();
    m_details->focusUndo(); // the keyboard stays where Undo is
}

void SuppliersPage::updateWaiting()
{
    const auto waiting = m_decisions->waiting();
    if (!waiting) {
        m_countdown->stop();
        m_details->showWaiting({});
        return;
    }
    const int seconds = std::max(1, (m_decisions->remainingMs() + 999) / 1000);
    m_details->showWaiting(tr("%1: sent in %n second(s) unless you undo it.", nullptr, seconds)
                               .arg(decisionText(*waiting)));
}

void SuppliersPage::onDecided(const ReviewDecision &decision, const SupplierSummary &supplier,
                              bool eligibleNow)
{
    QString message;
    switch (decision.status) {
    case RequirementStatus::Approved:
        message = tr("Approved “%1” for %2.").arg(decision.title, decision.supplierName);
        break;
    case RequirementStatus::RevisionRequired:
        message = tr("Asked %1 to revise “%2”.").arg(decision.supplierName, decision.title);
        break;
    default:
        message = tr("Rejected “%1” for %2.").arg(decision.title, decision.supplierName);
        break;
    }
    if (eligibleNow)
        message += u' '
            + tr("%1 may now advance to the next tier.")
                  .arg(supplier.displayName.isEmpty() ? decision.supplierName
                                                      : supplier.displayName);
    Q_EMIT statusMessage(message);
    m_feed->reload();
}

void SuppliersPage::askTierSwitch(const TierSwitchRequest &request, const TierSwitchPreview &plan)
{
    m_details->setBusy(false);
    const auto titles = [this](const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids)
            out.append(m_feed->requirementTitle(id));
        return QLocale().createSeparatedList(out);
    };
    QString tierName;
    for (const ComplianceTier &tier : m_feed->tiers()) {
        if (tier.rule.id == request.tierId)
            tierName = ComplianceText::tierText(tier.rule.name);
    }
    const QString supplier = m_details->supplier().displayName;
    QStringList lines;
    lines << tr("Switch %1 to the %2 tier?").arg(supplier, tierName);
    const QStringList added = plan.added + plan.reopened;
    lines << (added.isEmpty() ? tr("No requirement is added.")
                              : tr("Added as pending: %1.").arg(titles(added)));
    lines << (plan.legacy.isEmpty()
                  ? tr("No requirement becomes legacy.")
                  : tr("Become legacy (kept with their history, no longer counted): %1.")
                        .arg(titles(plan.legacy)));
    if (!plan.kept.isEmpty())
        lines << tr("%n requirement(s) stay as they are.", nullptr, int(plan.kept.size()));
    if (!m_prompts->confirm(this, tr("Switch tier"), lines.join(u"\n\n"_s), tr("Switch tier")))
        return;
    m_details->setBusy(true);
    m_switcher->apply(request);
}

bool SuppliersPage::showItem(const QString &itemId)
{
    // A supplier (from a notice or the audit trail) or a submission in the queue.
    const int queued = m_queueModel->rowOf(itemId);
    if (queued >= 0) {
        m_tabs->setCurrentIndex(0);
        m_queueView->setCurrentIndex(m_queueModel->index(queued, 0));
        return true;
    }
    for (int row = 0; row < m_queueModel->rowCount(); ++row) {
        if (m_queueModel->item(row).supplierId == itemId) {
            m_tabs->setCurrentIndex(0);
            m_queueView->setCurrentIndex(m_queueModel->index(row, 0));
            return true;
        }
    }
    m_tabs->setCurrentIndex(1);
    const int row = m_supplierModel->rowOf(itemId);
    if (row >= 0)
        m_supplierView->setCurrentIndex(
            m_supplierProxy->mapFromSource(m_supplierModel->index(row, 0)));
    else
        openSupplier(itemId);
    return true;
}

bool SuppliersPage::showExample()
{
    if (m_queueModel->rowCount() == 0)
        return false;
    if (!m_queueView->currentIndex().isValid())
        m_queueView->setCurrentIndex(m_queueModel->index(0, 0));
    return !m_details->supplierId().isEmpty() && m_details->model()->rowCount() > 0;
}

void SuppliersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ConsolePage::changeEvent(event);
}

void SuppliersPage::retranslate()
{
    const int waiting = m_feed->queueTotal();
    m_tabs->setTabText(0,
                       waiting > 0 ? tr("Review queue (%1)").arg(QLocale().toString(waiting))
                                   : tr("Review queue"));
    m_tabs->setTabText(1,
                       tr("Suppliers (%1)").arg(QLocale().toString(m_supplierModel->rowCount())));
    m_queueModel->retranslate();
    m_supplierModel->retranslate();
    updateNotice();
    updateWaiting();
}

} // namespace wedsync
