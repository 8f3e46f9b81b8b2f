#include "dashboard/EventHistoryPanel.h"

#include "ModelRoles.h"
#include "RoleFilterProxyModel.h"
#include "SyncEventExport.h"
#include "SyncEventModel.h"
#include "SyncJson.h"
#include "TimeText.h"
#include "UiLogging.h"
#include "common/ColumnFit.h"
#include "common/NoMatchNotice.h"
#include "common/RowMenu.h"
#include "common/UserPrompts.h"
#include "dashboard/StatusBadgeDelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

EventHistoryPanel::EventHistoryPanel(UserPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_prompts(prompts)
    , m_model(new SyncEventModel(this))
    , m_proxy(new RoleFilterProxyModel(this))
    , m_noMatch(new NoMatchNotice(this))
    , m_tenantFilter(new QComboBox(this))
    , m_kindFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_showRaw(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_exportCsv(new QPushButton(this))
    , m_exportJson(new QPushButton(this))
    , m_title(new QLabel(this))
{
    setObjectName(u"eventHistory"_s);
    m_proxy->setSourceModel(m_model);

    m_tenantFilter->setObjectName(u"eventTenantFilter"_s);
    m_tenantFilter->addItem(QString());
    m_kindFilter->setObjectName(u"eventKindFilter"_s);
    m_kindFilter->addItem(QString());
    m_statusFilter->setObjectName(u"eventStatusFilter"_s);
    m_statusFilter->addItem(QString());
    for (SyncStatus status :
         {SyncStatus::Success, SyncStatus::Partial, SyncStatus::Failed, SyncStatus::Pending})
        m_statusFilter->addItem(syncStatusDisplayName(status), int(status));
    // Filled after the first show (tenants, kinds): each grows with its longest choice.
    for (QComboBox *filter : {m_tenantFilter, m_kindFilter, m_statusFilter})
        filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_exportCsv->setObjectName(u"exportCsvButton"_s);
    m_exportJson->setObjectName(u"exportJsonButton"_s);
    m_count->setObjectName(u"eventCount"_s);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // Two rows, so that the filters and the export fit a 1024-pixel window in Spanish, in
    // reading (and Tab) order: the title and filters, then the count and export.
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_tenantFilter);
    heading->addWidget(m_kindFilter);
    heading->addWidget(m_statusFilter);
    heading->addStretch(1);
    auto *exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    exportRow->addWidget(m_count);
    exportRow->addWidget(m_exportCsv);
    exportRow->addWidget(m_exportJson);
    auto *filters = new QVBoxLayout;
    filters->addLayout(heading);
    filters->addLayout(exportRow);

    m_view->setObjectName(u"eventTable"_s);
    m_view->setTabKeyNavigation(false); // one Tab stop; arrows move inside
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and column widths: a burst of rows never makes the view measure them.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setColumnWidth(SyncEventModel::TimeColumn, 140);
    m_view->setColumnWidth(SyncEventModel::TenantColumn, 130);
    m_view->setColumnWidth(SyncEventModel::KindColumn, 150);
    m_view->setColumnWidth(SyncEventModel::StatusColumn, 100);
    m_view->setColumnWidth(SyncEventModel::VersionColumn, 60);
    m_view->setColumnWidth(SyncEventModel::SourceColumn, 90);
    m_view->setColumnWidth(SyncEventModel::DurationColumn, 85);
    m_view->setItemDelegateForColumn(
        SyncEventModel::StatusColumn,
        new StatusBadgeDelegate(StatusBadgeDelegate::Kind::Status, m_view));
    // The message takes the room the others leave; past that, the table scrolls sideways.
    new ColumnFit(m_view, SyncEventModel::MessageColumn, 260);

    m_details->setObjectName(u"eventDetails"_s);
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);

    m_showRaw->setObjectName(u"eventShowRaw"_s);
    m_showRaw->setCheckable(true);
    connect(m_showRaw, &QPushButton::toggled, this, [this] { showDetails(); });
    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_showRaw, 0, Qt::AlignRight);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    // Tab in reading order: the filters, the export row above the table, then the details.
    QWidget::setTabOrder(m_statusFilter, m_exportCsv);
    QWidget::setTabOrder(m_exportCsv, m_exportJson);
    QWidget::setTabOrder(m_exportJson, m_view);
    QWidget::setTabOrder(m_view, m_details);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_noMatch);
    layout->addWidget(splitter, 1);
    connect(m_noMatch, &NoMatchNotice::clearRequested, this, &EventHistoryPanel::clearFilters);
    enableRowMenu(m_view,
                  [this](QMenu *menu, const QModelIndex &index) { fillRowMenu(menu, index); });
    connect(m_view, &QAbstractItemView::activated, this, &EventHistoryPanel::openNaturalTarget);

    connect(m_tenantFilter, &QComboBox::currentIndexChanged, this,
            &EventHistoryPanel::applyFilters);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &EventHistoryPanel::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            &EventHistoryPanel::applyFilters);
    connect(m_model, &SyncEventModel::kindsChanged, this, &EventHistoryPanel::rebuildKindFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventHistoryPanel::showDetails);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] { showDetails(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EventHistoryPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EventHistoryPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EventHistoryPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EventHistoryPanel::updateCount);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportAs(u"csv"_s); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportAs(u"json"_s); });
    retranslate();
}

void EventHistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventHistoryPanel::retranslate()
{
    m_title->setText(tr("Events"));
    m_tenantFilter->setAccessibleName(tr("Filter events by tenant"));
    m_tenantFilter->setItemText(0, tr("All tenants"));
    m_kindFilter->setAccessibleName(tr("Filter events by kind"));
    m_kindFilter->setItemText(0, tr("All kinds"));
    m_statusFilter->setAccessibleName(tr("Filter events by status"));
    m_statusFilter->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_statusFilter->count(); ++i)
        m_statusFilter->setItemText(
            i, syncStatusDisplayName(SyncStatus(m_statusFilter->itemData(i).toInt())));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportCsv->setAccessibleName(tr("Export the events shown as CSV"));
    m_exportJson->setText(tr("Export JSON…"));
    m_exportJson->setAccessibleName(tr("Export the events shown as JSON"));
    m_view->setAccessibleName(tr("Sync event history, newest first"));
    m_details->setAccessibleName(tr("Details of the selected event"));
    m_details->setPlaceholderText(tr("Select an event to see its details."));
    m_showRaw->setText(tr("Show raw"));
    m_showRaw->setToolTip(tr("Add the event's stored details (JSON) to the text"));
    updateCount();
    showDetails();
}

void EventHistoryPanel::setEvents(const QList<SyncEvent> &events)
{
    m_model->mergeEvents(events);
}

void EventHistoryPanel::appendEvents(const QList<SyncEvent> &events)
{
    m_model->appendEvents(events);
}

void EventHistoryPanel::setTenantNames(const QHash<QString, QString> &names)
{
    if (names == m_tenantNames)
        return;
    m_tenantNames = names;
    m_model->setTenantNames(names);
    const QString current = m_tenantFilter->currentData().toString();
    QList<std::pair<QString, QString>> sorted;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    const QSignalBlocker blocker(m_tenantFilter);
    m_tenantFilter->clear();
    m_tenantFilter->addItem(tr("All tenants"));
    for (const auto &[name, id] : std::as_const(sorted))
        m_tenantFilter->addItem(name, id);
    const QString wanted = current.isEmpty() ? m_wantedTenant : current;
    m_tenantFilter->setCurrentIndex(std::max(0, m_tenantFilter->findData(wanted)));
    applyFilters();
}

void EventHistoryPanel::setTenantFilter(const QString &organizationId)
{
    m_wantedTenant = organizationId;
    m_tenantFilter->setCurrentIndex(
        organizationId.isEmpty() ? 0 : std::max(0, m_tenantFilter->findData(organizationId)));
}

void EventHistoryPanel::rebuildKindFilter()
{
    const QString current = m_kindFilter->currentData().toString();
    const QSignalBlocker blocker(m_kindFilter);
    m_kindFilter->clear();
    m_kindFilter->addItem(tr("All kinds"));
    for (const QString &kind : m_model->kinds())
        m_kindFilter->addItem(SyncEventModel::kindText(kind), kind);
    m_kindFilter->setCurrentIndex(std::max(0, m_kindFilter->findData(current)));
}

void EventHistoryPanel::applyFilters()
{
    m_proxy->setRoleFilter(OrganizationRole, m_tenantFilter->currentData());
    m_proxy->setRoleFilter(KindRole, m_kindFilter->currentData());
    m_proxy->setRoleFilter(StatusRole, m_statusFilter->currentData());
    updateCount();
}

void EventHistoryPanel::clearFilters()
{
    for (QComboBox *filter : {m_tenantFilter, m_kindFilter, m_statusFilter})
        filter->setCurrentIndex(0);
}

namespace {

QString firstOf(const QJsonObject &details, const QString &key)
{
    return details.value(key).toArray().first().toString();
}

} // namespace

void EventHistoryPanel::fillRowMenu(QMenu *menu, const QModelIndex &index)
{
    const SyncEvent &event = m_model->event(m_proxy->mapToSource(index).row());
    addCopyAction(menu, tr("Copy event id"), event.id);
    addCopyAction(menu, tr("Copy tenant id"), event.organizationId);
    menu->addSeparator();
    if (m_tenantFilter->currentData().toString() != event.organizationId) {
        const QString tenant = m_tenantNames.value(event.organizationId, event.organizationId);
        menu->addAction(tr("Show only %1").arg(tenant), this, [this, event] {
            m_tenantFilter->setCurrentIndex(
                std::max(0, m_tenantFilter->findData(event.organizationId)));
        });
    }
    const QString conflict = firstOf(event.details, u"conflictIds"_s);
    if (!conflict.isEmpty())
        menu->addAction(tr("Open the conflict"), this,
                        [this, conflict] { Q_EMIT openItemRequested(u"conflicts"_s, conflict); });
    menu->addAction(tr("Open in the audit trail"), this, [this, item = auditItemOf(event)] {
        Q_EMIT openItemRequested(u"audit"_s, item);
    });
}

QString EventHistoryPanel::auditItemOf(const SyncEvent &event)
{
    // The item the event is about, else its tenant (a resync is audited on the organization).
    const QString entity = firstOf(event.details, u"entityIds"_s);
    return entity.isEmpty() ? event.organizationId : entity;
}

void EventHistoryPanel::openNaturalTarget(const QModelIndex &index)
{
    // Enter or a double-click: the conflict a conflict event is about, else its audit trail.
    const SyncEvent &event = m_model->event(m_proxy->mapToSource(index).row());
    const QString conflict = firstOf(event.details, u"conflictIds"_s);
    if (!conflict.isEmpty())
        Q_EMIT openItemRequested(u"conflicts"_s, conflict);
    else
        Q_EMIT openItemRequested(u"audit"_s, auditItemOf(event));
}

void EventHistoryPanel::updateCount()
{
    // Filters that match nothing say so, with the way back, instead of a blank grid.
    const bool nothingMatches = m_proxy->rowCount() == 0 && m_model->rowCount() > 0;
    m_noMatch->setText(tr("No events match the filters."));
    m_noMatch->setVisible(nothingMatches);
    const QLocale locale;
    // Room for the longest count, so that the label never jumps or gets cut as rows arrive.
    const QString widest
        = tr("%1 of %2 events").arg(locale.toString(100000), locale.toString(100000));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(widest) + 8);
    if (m_proxy->rowCount() == m_model->rowCount())
        m_count->setText(tr("%1 events").arg(locale.toString(m_model->rowCount())));
    else
        m_count->setText(
            tr("%1 of %2 events")
                .arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount())));
}

void EventHistoryPanel::setSignedInUser(const QString &userId, const QString &label)
{
    m_selfId = userId;
    m_selfLabel = label;
    showDetails();
}

void EventHistoryPanel::setPeopleNames(const QHash<QString, QString> &names)
{
    m_people = names;
    showDetails();
}

QString EventHistoryPanel::actorText(const QString &actorId) const
{
    if (actorId.isEmpty())
        return tr("system");
    if (actorId == m_selfId && !m_selfLabel.isEmpty())
        return m_selfLabel;
    return m_people.value(actorId, actorId);
}

void EventHistoryPanel::showDetails()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    if (row < 0)
        return;
    const SyncEvent &event = m_model->event(row);
    QString text
        = tr("%1 — %2\nTenant: %3\nStatus: %4\nConfiguration version: %5\nSource: %6\n"
             "Actor: %7\nWhen: %8\nDuration: %9\n")
              .arg(SyncEventModel::kindText(event.kind), SyncEventModel::messageText(event),
                   m_tenantNames.value(event.organizationId, event.organizationId),
                   syncStatusDisplayName(event.status), QString::number(event.configVersion),
                   SyncEventModel::sourceText(event.source), actorText(event.actorId),
                   tr("%1 (%2)").arg(timeText(event.occurredAt), timeZoneText(event.occurredAt)),
                   SyncEventModel::durationText(event.durationMs));
    // The stored facts as they are, for support, only when asked for.
    if (!event.details.isEmpty() && m_showRaw->isChecked())
        text += u'\n' + tr("Raw details:") + u'\n'
            + QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Indented));
    m_details->setPlainText(text);
}

QList<SyncEvent> EventHistoryPanel::visibleEvents() const
{
    QList<SyncEvent> events;
    events.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        events.append(m_model->event(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return events;
}

void EventHistoryPanel::exportAs(const QString &format)
{
    const QString suggested = u"sync-events-%1.%2"_s.arg(
        QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s), format);
    const QString filter = format == u"csv"_s ? tr("CSV files (*.csv)") : tr("JSON files (*.json)");
    const QList<SyncEvent> events = visibleEvents();
    if (events.isEmpty()
        && !m_prompts->confirm(this, tr("Export no events?"),
                               tr("No event is shown, so the file would hold no rows. Clear or "
                                  "change the filters first, or export the empty file anyway."),
                               tr("Export empty file")))
        return;
    const QString path = m_prompts->saveFileName(this, tr("Export sync events"), suggested, filter);
    if (path.isEmpty())
        return;
    const QByteArray bytes = format == u"csv"_s
        ? syncEventsToCsv(events, m_tenantNames)
        : syncEventsToJson(events, QDateTime::currentDateTimeUtc());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcUi) << "export failed:" << path << file.errorString();
        Q_EMIT statusMessage(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("Exported %n event(s) to %1.", nullptr, int(events.size())).arg(path));
}

} // namespace wedsync
