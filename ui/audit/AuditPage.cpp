#include "audit/AuditPage.h"

#include "AuditModel.h"
#include "AuditTimelineModel.h"
#include "api/ApiError.h"
#include "audit/AuditDetailPane.h"
#include "audit/AuditFilterBar.h"
#include "common/ColumnFit.h"
#include "common/NoMatchNotice.h"
#include "common/RowMenu.h"
#include "common/TableSelection.h"
#include "common/UserPrompts.h"
#include "feeds/AuditFeed.h"

#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
// Long ids keep their start and end readable: "0ee8794d…c2467".
class ElideMiddleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};
} // namespace

AuditPage::AuditPage(AuditFeed *feed, UserPrompts *prompts, QWidget *parent)
    : ConsolePage(parent)
    , m_feed(feed)
    , m_prompts(prompts)
    , m_model(new AuditModel(this))
    , m_filters(new AuditFilterBar(this))
    , m_noMatch(new NoMatchNotice(this))
    , m_notice(new QLabel(this))
    , m_view(new QTableView(this))
    , m_timelineModel(new AuditTimelineModel(m_model, this))
    , m_timeline(new QListView(this))
    , m_views(new QStackedWidget(this))
    , m_timelineTitle(new QLabel(this))
    , m_count(new QLabel(this))
    , m_exportCsv(new QPushButton(this))
    , m_exportJson(new QPushButton(this))
    , m_exportProgress(new QProgressBar(this))
    , m_exportResult(new QLabel(this))
    , m_details(new AuditDetailPane(this))
{
    setObjectName(pageId());
    m_notice->setObjectName(u"auditDataSourceNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_count->setObjectName(u"auditCount"_s);
    m_exportCsv->setObjectName(u"auditExportCsvButton"_s);
    m_exportJson->setObjectName(u"auditExportJsonButton"_s);
    m_exportProgress->setObjectName(u"auditExportProgress"_s);
    m_exportProgress->setRange(0, 0);
    m_exportProgress->setMaximumWidth(120);
    m_exportProgress->hide();
    m_exportResult->setObjectName(u"auditExportResult"_s);
    m_exportResult->setWordWrap(true);

    m_view->setObjectName(u"auditTable"_s);
    m_view->setTabKeyNavigation(false); // one Tab stop; arrows move inside
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setTextElideMode(Qt::ElideRight);
    // Who did what to what: the entity takes the room left, the id comes last; in a narrow
    // window the table scrolls sideways rather than cutting the headers.
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    m_view->setColumnWidth(AuditModel::TimeColumn, 140);
    m_view->setColumnWidth(AuditModel::ActorColumn, 150);
    m_view->setColumnWidth(AuditModel::ActionColumn, 100);
    m_view->setColumnWidth(AuditModel::OrganizationColumn, 120);
    m_view->setColumnWidth(AuditModel::EntityIdColumn, 100);
    m_view->setItemDelegateForColumn(AuditModel::EntityIdColumn, new ElideMiddleDelegate(m_view));
    new ColumnFit(m_view, AuditModel::EntityColumn, 200);

    m_timeline->setObjectName(u"auditTimeline"_s);
    m_timeline->setModel(m_timelineModel);
    m_timeline->setTabKeyNavigation(false); // one Tab stop; arrows move inside
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setUniformItemSizes(true); // 50,000 rows lay out without measuring each
    m_timeline->setWordWrap(false);
    m_timeline->setTextElideMode(Qt::ElideRight);
    m_timelineTitle->setObjectName(u"auditTimelineTitle"_s);
    QFont heading = m_timelineTitle->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_timelineTitle->setFont(heading);
    m_timelineTitle->setWordWrap(true);
    m_timelineTitle->hide();
    m_views->addWidget(m_view);
    m_views->addWidget(m_timeline);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_count, 1);
    tools->addWidget(m_exportProgress);
    tools->addWidget(m_exportResult, 1);
    tools->addWidget(m_exportCsv);
    tools->addWidget(m_exportJson);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_views);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_timelineTitle);
    layout->addWidget(m_filters);
    layout->addLayout(tools);
    layout->addWidget(m_noMatch);
    layout->addWidget(splitter, 1);

    connect(m_noMatch, &NoMatchNotice::clearRequested, this, [this] {
        m_filters->setQuery({});
        applyQuery(m_filters->query());
    });
    enableRowMenu(m_view,
                  [this](QMenu *menu, const QModelIndex &index) { fillRowMenu(menu, index); });
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_view), static_cast<QAbstractItemView *>(m_timeline)}) {
        connect(view, &QAbstractItemView::activated, this, [this] {
            // Enter or a double-click on a conflict's row opens the conflict.
            const int row = currentRecordRow();
            if (row >= 0 && m_model->record(row).entityType == u"sync_conflict"_s)
                Q_EMIT openItemRequested(u"conflicts"_s, m_model->record(row).entityId);
        });
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
                &AuditPage::maybeFetchMore);
        connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this,
                &AuditPage::maybeFetchMore);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &AuditPage::showSelected);
    }

    connect(m_filters, &AuditFilterBar::applied, this, &AuditPage::applyQuery);
    connect(m_feed, &AuditFeed::pageLoaded, this, &AuditPage::onPage);
    connect(m_feed, &AuditFeed::recordsArrived, this, [this](const QList<AuditRecord> &records) {
        m_model->prependRecords(records);
        updateCount();
        Q_EMIT dataUpdated(QDateTime::currentDateTimeUtc(), false);
    });
    connect(m_feed, &AuditFeed::errorOccurred, this, &AuditPage::onError);
    connect(m_feed, &AuditFeed::namesChanged, this, &AuditPage::setDisplayNames);
    connect(m_feed, &AuditFeed::exportProgress, this, [this](const QString &message) {
        m_exportProgress->show();
        m_exportResult->setText(message);
    });
    connect(m_feed, &AuditFeed::exportFinished, this, [this](bool ok, const QString &message) {
        m_exportProgress->hide();
        m_exportResult->setText((ok ? u"✔ "_s : u"✖ "_s) + message);
        m_exportCsv->setEnabled(true);
        m_exportJson->setEnabled(true);
        Q_EMIT statusMessage(message);
    });
    connect(m_details, &AuditDetailPane::openConflictRequested, this,
            [this](const QString &id) { Q_EMIT openItemRequested(u"conflicts"_s, id); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportAs(u"csv"_s); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportAs(u"json"_s); });
    retranslate();
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ConsolePage::changeEvent(event);
}

void AuditPage::retranslate()
{
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportCsv->setAccessibleName(tr("Export the filtered audit trail as CSV"));
    m_exportJson->setText(tr("Export JSON…"));
    m_exportJson->setAccessibleName(tr("Export the filtered audit trail as JSON"));
    m_exportProgress->setAccessibleName(tr("Export in progress"));
    m_view->setAccessibleName(tr("Audit trail, newest first"));
    m_timeline->setAccessibleName(tr("The wedding's timeline, newest first, by day"));
    showMode();
    updateCount();
    showSelected();
}

QString AuditPage::title() const
{
    return tr("Audit trail");
}

QIcon AuditPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void AuditPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_feed->loadCached();
    m_feed->query(currentQuery());
}

void AuditPage::refresh()
{
    m_feed->query(currentQuery());
}

void AuditPage::scopeChanged()
{
    if (scope().organizationId == m_organization && scope().weddingId == m_wedding)
        return;
    m_organization = scope().organizationId;
    m_wedding = scope().weddingId;
    showMode();
    if (m_activated)
        m_feed->query(currentQuery());
}

AuditQuery AuditPage::scoped(AuditQuery query) const
{
    query.organizationId = m_organization;
    query.weddingId = m_wedding;
    return query;
}

AuditQuery AuditPage::currentQuery() const
{
    // The timeline tells the wedding's whole story; the trail's filters (hidden) wait for it.
    return showsTimeline() ? scoped({}) : scoped(m_filters->query());
}

void AuditPage::setWeddings(const QString &organizationId, const QList<WeddingItem> &weddings)
{
    m_weddings.removeIf([&organizationId](const QHash<QString, WeddingItem>::iterator &it) {
        return it.value().organizationId == organizationId;
    });
    for (const WeddingItem &wedding : weddings)
        m_weddings.insert(wedding.id, wedding);
    showMode();
}

void AuditPage::showMode()
{
    const bool timeline = showsTimeline();
    QWidget *shown = timeline ? static_cast<QWidget *>(m_timeline) : m_view;
    if (m_views->currentWidget() != shown) {
        const bool hadFocus = m_views->currentWidget()->hasFocus();
        m_views->setCurrentWidget(shown);
        if (hadFocus)
            shown->setFocus();
    }
    m_filters->setVisible(!timeline);
    m_timelineTitle->setVisible(timeline);
    if (timeline) {
        const auto wedding = m_weddings.constFind(m_wedding);
        m_timelineTitle->setText(wedding == m_weddings.cend()
                                     ? tr("The wedding's timeline")
                                     : tr("Wedding timeline: %1").arg(wedding->coupleName));
    }
    updateCount();
    showSelected();
}

QAbstractItemView *AuditPage::currentView() const
{
    return showsTimeline() ? static_cast<QAbstractItemView *>(m_timeline) : m_view;
}

int AuditPage::currentRecordRow() const
{
    const QModelIndex current = currentView()->currentIndex();
    if (!current.isValid())
        return -1;
    return showsTimeline() ? m_timelineModel->sourceRow(current.row()) : current.row();
}

void AuditPage::setDisplayNames(const QHash<QString, QString> &names)
{
    m_names = names;
    m_model->setNames(names);
}

void AuditPage::setSignedInUser(const QString &userId, const QString &label)
{
    m_model->setSignedInUser(userId, label);
    showSelected();
}

bool AuditPage::showExample()
{
    return selectRow(m_view,
                     [this](int row) { return m_model->record(row).action == u"update"_s; });
}

void AuditPage::applyQuery(const AuditQuery &query)
{
    m_feed->query(showsTimeline() ? currentQuery() : scoped(query));
}

void AuditPage::onPage(const QList<AuditRecord> &records, int total, const QString &,
                       bool firstPage, bool fromCache)
{
    if (fromCache && m_haveLiveData)
        return; // the server answered first
    if (firstPage) {
        m_model->setRecords(records);
        m_details->clear();
    } else {
        m_model->appendRecords(records);
    }
    m_model->setTotal(total);
    m_filters->setKnownActors(m_model->knownActors());
    if (fromCache) {
        m_notice->setText(tr("Offline: showing the newest cached audit events. Filters and paging "
                             "need the server."));
        m_notice->show();
    } else {
        m_haveLiveData = true;
        m_notice->hide();
    }
    updateCount();
    Q_EMIT dataUpdated(QDateTime::currentDateTimeUtc(), fromCache);
    // A page that does not fill the view leaves no scroll bar to scroll: ask for the next one.
    QTimer::singleShot(0, this, &AuditPage::maybeFetchMore);
}

void AuditPage::onError(const ApiError &error)
{
    if (error.isNotConnected())
        return; // the cached data stays; it updates once the server answers
    Q_EMIT statusMessage(error.userMessage());
    if (!m_haveLiveData) {
        m_notice->setText(
            m_model->rowCount() > 0
                ? tr("Offline: showing the newest cached audit events. %1").arg(error.userMessage())
                : error.userMessage());
        m_notice->show();
    }
}

void AuditPage::maybeFetchMore()
{
    const QScrollBar *bar = currentView()->verticalScrollBar();
    if (bar->maximum() - bar->value() <= bar->pageStep() && m_feed->canFetchMore())
        m_feed->fetchMore();
}

void AuditPage::fillRowMenu(QMenu *menu, const QModelIndex &index)
{
    const AuditRecord &record = m_model->record(index.row());
    addCopyAction(menu, tr("Copy event id"), record.id);
    addCopyAction(menu, tr("Copy item id"), record.entityId);
    menu->addSeparator();
    const auto narrowTo = [this](auto change) {
        AuditQuery query = m_filters->query();
        change(query);
        m_filters->setQuery(query);
        applyQuery(m_filters->query());
    };
    if (!record.actorId.isEmpty())
        menu->addAction(
            tr("Show only %1's events").arg(m_model->actorText(record.actorId)), this,
            [narrowTo, id = record.actorId] { narrowTo([&](AuditQuery &q) { q.actorId = id; }); });
    if (!record.entityId.isEmpty())
        menu->addAction(tr("Show only this item's events"), this,
                        [narrowTo, type = record.entityType, id = record.entityId] {
                            narrowTo([&](AuditQuery &q) {
                                q.entityType = type;
                                q.entityId = id;
                            });
                        });
    if (record.entityType == u"sync_conflict"_s)
        menu->addAction(tr("Open the conflict"), this, [this, id = record.entityId] {
            Q_EMIT openItemRequested(u"conflicts"_s, id);
        });
}

bool AuditPage::showItem(const QString &itemId)
{
    // Another screen asks for an item's story: its rows, whatever else was filtered.
    AuditQuery query;
    query.entityId = itemId;
    m_filters->setQuery(query);
    if (!m_activated) {
        m_activated = true;
        m_feed->loadCached();
    }
    applyQuery(m_filters->query());
    return true;
}

void AuditPage::updateCount()
{
    // Filters that match nothing say so, with the way back, instead of a blank grid.
    const bool nothingMatches
        = m_haveLiveData && m_model->rowCount() == 0 && m_filters->isFiltering();
    const AuditQuery query = m_filters->query();
    const bool onlyAnItem = !query.entityId.isEmpty() && query.actorId.isEmpty()
        && query.action.isEmpty() && !query.from.isValid() && !query.to.isValid();
    m_noMatch->setText(onlyAnItem ? tr("Nothing is recorded for this item yet: it has not been "
                                       "changed through WedSync since it was set up.")
                                  : tr("No audit events match the filters."));
    m_noMatch->setVisible(nothingMatches);
    const QLocale locale;
    m_count->setText(tr("%1 of %2 audit events")
                         .arg(locale.toString(m_model->rowCount()),
                              locale.toString(std::max(m_model->total(), m_model->rowCount()))));
}

void AuditPage::showSelected()
{
    const int row = currentRecordRow();
    if (row < 0) {
        m_details->clear();
        return;
    }
    const AuditRecord &record = m_model->record(row);
    m_details->showRecord(
        record, record.actorId.isEmpty() ? tr("the system") : m_model->actorText(record.actorId),
        record.organizationId.isEmpty()
            ? tr("the platform")
            : m_names.value(record.organizationId, record.organizationId));
}

void AuditPage::exportAs(const QString &format)
{
    const QString suggested
        = u"audit-%1.%2"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s), format);
    const QString filter = format == u"csv"_s ? tr("CSV files (*.csv)") : tr("JSON files (*.json)");
    if (m_haveLiveData && m_model->rowCount() == 0
        && !m_prompts->confirm(this, tr("Export no events?"),
                               tr("No audit event matches the filters, so the file would hold "
                                  "no rows. Clear or change the filters first, or export the "
                                  "empty file anyway."),
                               tr("Export empty file")))
        return;
    const QString path
        = m_prompts->saveFileName(this, tr("Export the audit trail"), suggested, filter);
    if (path.isEmpty())
        return;
    if (m_feed->exportTo(currentQuery(), format, path)) {
        m_exportCsv->setEnabled(false);
        m_exportJson->setEnabled(false);
    }
}

} // namespace wedsync
