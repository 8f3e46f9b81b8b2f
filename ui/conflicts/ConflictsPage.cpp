#include "conflicts/ConflictsPage.h"

#include "ConflictListModel.h"
#include "ConflictMergeModel.h"
#include "ModelRoles.h"
#include "api/ApiError.h"
#include "common/ColumnFit.h"
#include "common/RowMenu.h"
#include "common/TableSelection.h"
#include "common/UserPrompts.h"
#include "conflicts/ConflictDetailPane.h"
#include "conflicts/ConflictFeed.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

ConflictsPage::ConflictsPage(ConflictFeed *feed, ConflictResolutions *resolutions,
                             UserPrompts *prompts, const Clock *clock, QWidget *parent)
    : ConsolePage(parent)
    , m_feed(feed)
    , m_resolutions(resolutions)
    , m_prompts(prompts)
    , m_model(new ConflictListModel(clock, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_notice(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_bulkMine(new QPushButton(this))
    , m_bulkTheirs(new QPushButton(this))
    , m_bulkProgress(new QProgressBar(this))
    , m_bulkResult(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_details(new ConflictDetailPane(this))
{
    setObjectName(pageId());
    m_notice->setObjectName(u"conflictsNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_search->setObjectName(u"conflictSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_source->setObjectName(u"conflictSourceFilter"_s);
    m_count->setObjectName(u"conflictCount"_s);
    m_bulkMine->setObjectName(u"bulkMineButton"_s);
    m_bulkTheirs->setObjectName(u"bulkTheirsButton"_s);
    m_bulkProgress->setObjectName(u"bulkProgress"_s);
    m_bulkProgress->setMaximumWidth(160);
    m_bulkProgress->hide();
    m_bulkResult->setObjectName(u"bulkResult"_s);
    m_bulkResult->setWordWrap(true);
    m_bulkResult->setTextFormat(Qt::PlainText);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view->setObjectName(u"conflictTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConflictListModel::AgeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // No column narrower than its header or what it shows; the entity takes the room left
    // and, in a narrow window, the list scrolls sideways.
    new ColumnFit(m_view, ConflictListModel::EntityColumn, 200);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_source, 1);
    filters->addWidget(m_count, 2);

    auto *bulk = new QHBoxLayout;
    bulk->addWidget(m_bulkMine);
    bulk->addWidget(m_bulkTheirs);
    bulk->addWidget(m_bulkProgress);
    bulk->addWidget(m_bulkResult, 1);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_view, 1);
    topLayout->addLayout(bulk);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);

    // A conflict leads to its item's story in the audit trail.
    enableRowMenu(m_view, [this](QMenu *menu, const QModelIndex &index) {
        const ConflictItem &item = m_model->item(m_proxy->mapToSource(index).row());
        addCopyAction(menu, tr("Copy conflict id"), item.id);
        addCopyAction(menu, tr("Copy item id"), item.entityId);
        menu->addSeparator();
        if (!item.entityId.isEmpty())
            menu->addAction(
                tr("Open the item in the audit trail"), this,
                [this, id = item.entityId] { Q_EMIT openItemRequested(u"audit"_s, id); });
        if (item.status != u"open"_s) // its resolution is recorded
            menu->addAction(tr("Open the conflict in the audit trail"), this,
                            [this, id = item.id] { Q_EMIT openItemRequested(u"audit"_s, id); });
    });

    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &ConflictsPage::applyFilters);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ConflictsPage::applyFilters);

    connect(m_feed, &ConflictFeed::listLoaded, this, &ConflictsPage::onList);
    connect(m_feed, &ConflictFeed::closed, this, &ConflictsPage::onClosed);
    connect(m_feed, &ConflictFeed::errorOccurred, this, &ConflictsPage::onError);
    connect(m_feed, &ConflictFeed::openCountChanged, this, [this] {
        updateCount();
        Q_EMIT badgeChanged();
    });
    connect(m_feed, &ConflictFeed::detailLoaded, this, [this](const ConflictItem &item) {
        if (item.id != m_shownId)
            return;
        if (item.status != u"open"_s) {
            showClosed(item);
            return;
        }
        m_details->setReadOnly(false);
        m_model->update(item);
        // Choices already made stay (a stale one is caught by the version at Apply).
        if (m_details->model()->chosenCount() == 0)
            m_details->showConflict(item);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictsPage::showSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConflictsPage::updateBulkButtons);
    connect(m_bulkMine, &QPushButton::clicked, this, [this] { resolveSelected(u"mine"_s); });
    connect(m_bulkTheirs, &QPushButton::clicked, this, [this] { resolveSelected(u"theirs"_s); });

    connect(m_details, &ConflictDetailPane::applyRequested, this,
            [this](const QString &resolution, const QJsonObject &document) {
                const ConflictItem &item = m_details->model()->conflict();
                if (m_resolutions->resolve(item, resolution, document))
                    m_details->setBusy(true);
            });
    connect(m_details, &ConflictDetailPane::dismissRequested, this, [this] {
        const ConflictItem item = m_details->model()->conflict();
        const QString label = item.label.isEmpty() ? item.entityId : item.label;
        if (!m_prompts->confirm(this, tr("Dismiss the conflict"),
                                tr("Close the conflict on %1 without changing it? The server "
                                   "keeps its version and the refused change is dropped; the "
                                   "audit trail records the dismissal.")
                                    .arg(label),
                                tr("Dismiss")))
            return;
        if (m_resolutions->dismiss(item))
            m_details->setBusy(true);
    });
    connect(m_resolutions, &ConflictResolutions::resolved, this,
            [this](const QString &, const QString &message) {
                m_details->setBusy(false);
                Q_EMIT statusMessage(message);
                // The keyboard goes on with the next conflict's fields (or the empty list).
                if (isVisible())
                    (m_details->model()->hasConflict() ? static_cast<QWidget *>(m_details->view())
                                                       : m_view)
                        ->setFocus(Qt::OtherFocusReason);
            });
    connect(m_resolutions, &ConflictResolutions::failed, this,
            [this](const QString &, const ApiError &error) {
                m_details->setBusy(false);
                QString message = error.userMessage();
                const QStringList fields = error.fieldMessages();
                if (!fields.isEmpty())
                    message += u'\n' + fields.join(u'\n');
                m_details->showError(message);
                Q_EMIT statusMessage(error.userMessage());
                if (isVisible())
                    m_details->applyButton()->setFocus(Qt::OtherFocusReason);
            });
    connect(m_resolutions, &ConflictResolutions::movedOn, this, [this](const ConflictItem &item) {
        m_details->setBusy(false);
        m_model->update(item);
        const QJsonValue version = item.current->value(u"version"_s);
        m_details->showConflict(
            item,
            tr("It changed again on the server since you looked (now version %1): the "
               "fields are compared with that version; choose again.")
                .arg(version.toInteger()));
        Q_EMIT statusMessage(tr("Changed again on the server: nothing was applied."));
    });
    connect(m_resolutions, &ConflictResolutions::bulkProgress, this, [this](int done, int total) {
        m_bulkProgress->setRange(0, total);
        m_bulkProgress->setValue(done);
        m_bulkProgress->show();
        m_bulkResult->setText(
            tr("Resolving %1 of %2…").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_resolutions, &ConflictResolutions::bulkFinished, this,
            &ConflictsPage::onBulkFinished);
    retranslate();
}

ConflictsPage::~ConflictsPage()
{
    // The children go after this part of the object: what they signal while they are torn
    // down (a selection cleared, a model reset) must not reach it.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

QString ConflictsPage::title() const
{
    return tr("Conflicts");
}

QIcon ConflictsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

QString ConflictsPage::badge() const
{
    const int open = m_feed->openCount();
    return open > 0 ? QLocale().toString(open) : QString();
}

QUndoStack *ConflictsPage::undoStack() const
{
    return m_details->undoStack();
}

void ConflictsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ConsolePage::changeEvent(event);
}

void ConflictsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search entity, field or id"));
    m_search->setAccessibleName(tr("Search conflicts"));
    const int source = std::max(0, m_source->currentIndex());
    {
        const QSignalBlocker blocker(m_source);
        m_source->clear();
        m_source->addItem(tr("Every source"), QString());
        for (const QString &s : {u"offline_edit"_s, u"concurrent_save"_s, u"crm_sync"_s,
                                 u"calendar_sync"_s, u"outbox"_s})
            m_source->addItem(ConflictListModel::sourceText(s), s);
        m_source->setCurrentIndex(source);
    }
    m_source->setAccessibleName(tr("Source of the conflicts shown"));
    m_view->setAccessibleName(tr("Open conflicts"));
    m_bulkProgress->setAccessibleName(tr("Bulk resolution in progress"));
    updateBulkButtons();
    updateCount();
}

void ConflictsPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    applyFilters();
    m_feed->loadCached();
}

void ConflictsPage::refresh()
{
    applyFilters();
}

void ConflictsPage::scopeChanged()
{
    if (m_activated)
        applyFilters();
}

void ConflictsPage::applyFilters()
{
    ConflictQuery query;
    query.organizationId = scope().organizationId;
    query.source = m_source->currentData().toString();
    query.search = m_search->text().trimmed();
    m_feed->query(query);
}

void ConflictsPage::setDisplayNames(const QHash<QString, QString> &names)
{
    m_names = names;
    QHash<QString, QString> all = names;
    if (!m_selfId.isEmpty() && all.value(m_selfId).isEmpty())
        all.insert(m_selfId, m_selfLabel);
    m_model->setNames(all);
    m_details->setNames(all);
}

void ConflictsPage::setSignedInUser(const QString &userId, const QString &label)
{
    m_selfId = userId;
    m_selfLabel = label;
    setDisplayNames(m_names);
}

void ConflictsPage::onList(const QList<ConflictItem> &items, int, bool fromCache)
{
    if (fromCache && m_haveLiveData)
        return; // the server answered first
    const QString shown = m_shownId;
    m_model->setItems(items);
    if (fromCache) {
        m_notice->setText(tr("Offline: showing the conflicts as last seen. Resolving needs the "
                             "server."));
        m_notice->show();
    } else {
        m_haveLiveData = true;
        m_notice->hide();
    }
    updateCount();
    Q_EMIT badgeChanged();
    Q_EMIT dataUpdated(QDateTime::currentDateTimeUtc(), fromCache);
    const QString wanted = m_pendingOpen.isEmpty() ? shown : m_pendingOpen;
    if (!wanted.isEmpty() && openConflict(wanted)) {
        m_pendingOpen.clear();
        return;
    }
    if (m_model->rowCount() == 0) {
        m_shownId.clear();
        m_details->clear(fromCache ? QString() : tr("Nothing to resolve here."));
    }
}

void ConflictsPage::onClosed(const QStringList &ids)
{
    const bool shownClosed = ids.contains(m_shownId);
    const int row = m_view->currentIndex().row();
    // Removing the current row may move the view to the next one (and show it) by itself.
    m_model->removeIds(ids);
    updateCount();
    Q_EMIT badgeChanged();
    if (!shownClosed)
        return;
    if (ids.contains(m_shownId)) {
        m_shownId.clear();
        m_details->clear(m_model->rowCount() == 0 ? tr("Nothing left to resolve here.")
                                                  : QString());
    }
    // The next conflict in the queue is where the resolver goes on.
    if (m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid()) {
        const QModelIndex next = m_proxy->index(std::clamp(row, 0, m_proxy->rowCount() - 1), 0);
        m_view->selectionModel()->setCurrentIndex(
            next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    showSelected();
}

void ConflictsPage::onError(const ApiError &error)
{
    if (error.isNotConnected())
        return; // the cached data stays; it updates once the server answers
    Q_EMIT statusMessage(error.userMessage());
    if (!m_haveLiveData) {
        m_notice->setText(
            m_model->rowCount() > 0
                ? tr("Offline: showing the conflicts as last seen. %1").arg(error.userMessage())
                : error.userMessage());
        m_notice->show();
    }
}

bool ConflictsPage::showItem(const QString &itemId)
{
    if (openConflict(itemId))
        return true;
    // Not in the open queue: closed (or not loaded yet). Asked for, it is shown as it ended.
    m_pendingOpen.clear();
    m_shownId = itemId;
    m_view->clearSelection();
    m_feed->loadDetail(itemId);
    return true;
}

void ConflictsPage::showClosed(const ConflictItem &item)
{
    const QString by = m_model->nameOf(item.resolvedBy);
    const QString at = item.resolvedAt.isValid()
        ? QLocale().toString(item.resolvedAt.toLocalTime(), QLocale::ShortFormat)
        : QString();
    QString how;
    if (item.status == u"dismissed")
        how = tr("Dismissed by %1 at %2; nothing was changed.").arg(by, at);
    else if (item.resolution == u"mine")
        how = tr("Resolved by %1 at %2: the refused change was applied.").arg(by, at);
    else if (item.resolution == u"theirs")
        how = tr("Resolved by %1 at %2: the server's version was kept.").arg(by, at);
    else
        how = tr("Resolved by %1 at %2 with a merged result.").arg(by, at);
    m_details->showConflict(item, how);
    m_details->setReadOnly(true);
}

bool ConflictsPage::openConflict(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_pendingOpen = id;
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

bool ConflictsPage::showExample()
{
    // A conflict with fields to choose, its first one chosen, so the merge reads as in use.
    const bool found = selectRow(m_view, [this](int row) {
        return !m_model->item(m_proxy->mapToSource(m_proxy->index(row, 0)).row())
                    .conflictFields.isEmpty();
    });
    ConflictMergeModel *merge = m_details->model();
    for (int row = 0; found && row < merge->rowCount(); ++row) {
        if (merge->needsChoice(row)) {
            m_details->chooseMine(merge->field(row).path);
            break;
        }
    }
    return found;
}

void ConflictsPage::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    // The row the keyboard is on is the one the bulk buttons act on when nothing else is.
    if (!m_view->selectionModel()->hasSelection())
        m_view->selectionModel()->select(current,
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
    updateBulkButtons();
    const ConflictItem &item = m_model->item(m_proxy->mapToSource(current).row());
    if (item.id == m_shownId)
        return;
    m_shownId = item.id;
    m_details->setReadOnly(false);
    m_details->showConflict(item);
    m_feed->loadDetail(item.id); // the entity as it is now
}

QList<ConflictItem> ConflictsPage::selectedItems() const
{
    QList<ConflictItem> items;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        items.append(m_model->item(m_proxy->mapToSource(index).row()));
    return items;
}

void ConflictsPage::updateCount()
{
    const QLocale locale;
    const int open = m_feed->listedTotal();
    m_count->setText(open > m_model->rowCount()
                         ? tr("%1 of %2 open conflicts listed")
                               .arg(locale.toString(m_model->rowCount()), locale.toString(open))
                         : tr("%n open conflict(s)", nullptr, m_model->rowCount()));
}

void ConflictsPage::updateBulkButtons()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    const bool busy = m_resolutions->isBusy();
    m_bulkMine->setText(tr("Keep refused for %n selected…", nullptr, std::max(1, selected)));
    m_bulkTheirs->setText(tr("Keep server's for %n selected…", nullptr, std::max(1, selected)));
    m_bulkMine->setEnabled(selected > 0 && !busy);
    m_bulkTheirs->setEnabled(selected > 0 && !busy);
}

void ConflictsPage::resolveSelected(const QString &side)
{
    const QList<ConflictItem> items = selectedItems();
    if (items.isEmpty() || m_resolutions->isBusy())
        return;
    QStringList names;
    for (const ConflictItem &item : items.mid(0, 5))
        names.append(item.label.isEmpty() ? item.entityId : item.label);
    if (items.size() > 5)
        names.append(tr("and %n more", nullptr, int(items.size() - 5)));
    const int count = int(items.size());
    const bool mine = side == u"mine"_s;
    const QString question = mine
        ? tr("Apply the refused change to %n conflict(s): %1? Where both sides changed a "
             "field, the refused value replaces the server's. Each is audited.",
             nullptr, count)
              .arg(names.join(u", "_s))
        : tr("Keep the server's version for %n conflict(s): %1? The refused changes are "
             "dropped. Each is audited.",
             nullptr, count)
              .arg(names.join(u", "_s));
    if (!m_prompts->confirm(this, tr("Resolve %n conflict(s)", nullptr, count), question,
                            mine ? tr("Keep refused for %n", nullptr, count)
                                 : tr("Keep server's for %n", nullptr, count)))
        return;
    if (m_resolutions->resolveMany(items, side))
        updateBulkButtons();
}

void ConflictsPage::onBulkFinished(int resolved, const QList<ConflictFailure> &failures)
{
    m_bulkProgress->hide();
    updateBulkButtons();
    const QLocale locale;
    if (failures.isEmpty()) {
        m_bulkResult->setText(tr("✔ Resolved %n conflict(s).", nullptr, resolved));
        Q_EMIT statusMessage(m_bulkResult->text());
        return;
    }
    m_bulkResult->setText(
        tr("✖ Resolved %1; %n could not be resolved.", nullptr, int(failures.size()))
            .arg(locale.toString(resolved)));
    QStringList lines;
    for (const ConflictFailure &failure : failures)
        lines.append(
            tr("%1: %2").arg(failure.label.isEmpty() ? failure.id : failure.label, failure.reason));
    m_prompts->inform(this, tr("Some conflicts were not resolved"),
                      tr("Resolved %1. These were left open, nothing of them was applied:\n\n%2")
                          .arg(locale.toString(resolved), lines.mid(0, 30).join(u'\n')));
    Q_EMIT statusMessage(m_bulkResult->text());
}

} // namespace wedsync
