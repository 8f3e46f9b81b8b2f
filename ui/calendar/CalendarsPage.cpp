#include "calendar/CalendarsPage.h"

#include "AgendaModel.h"
#include "calendar/AgendaFeed.h"
#include "common/ColumnFit.h"
#include "layout/SectionIcons.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

CalendarsPage::CalendarsPage(AgendaFeed *feed, CalendarAccountsFeed *accounts,
                             CalendarAccountsPanel::ActionsFactory actions, UserPrompts *prompts,
                             QWidget *parent)
    : ConsolePage(parent)
    , m_feed(feed)
    , m_model(new AgendaModel(this))
    , m_heading(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_view(new QTableView(this))
    , m_accounts(new CalendarAccountsPanel(accounts, std::move(actions), prompts, this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(pageId());
    m_heading->setObjectName(u"agendaHeading"_s);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_notice->setObjectName(u"agendaNotice"_s);
    m_notice->setWordWrap(true);
    m_view->setObjectName(u"agendaTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // The title is what a planner reads first: it takes the room the day and time leave.
    new ColumnFit(m_view, AgendaModel::TitleColumn, 220);

    auto *agenda = new QWidget(this);
    auto *agendaLayout = new QVBoxLayout(agenda);
    agendaLayout->addWidget(m_heading);
    agendaLayout->addWidget(m_notice);
    agendaLayout->addWidget(m_view, 1);
    m_tabs->setObjectName(u"calendarsTabs"_s);
    m_tabs->addTab(agenda, QString());
    m_tabs->addTab(m_accounts, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    // Tab reads the screen top to bottom: the tabs, then the tab shown.
    QWidget *previous = m_tabs->tabBar();
    for (QWidget *next : QList<QWidget *> {m_view} + m_accounts->focusOrder()) {
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_feed, &AgendaFeed::loaded, this, &CalendarsPage::onLoaded);
    connect(m_feed, &AgendaFeed::failed, this, &CalendarsPage::onFailed);
    connect(m_accounts, &CalendarAccountsPanel::statusMessage, this, &ConsolePage::statusMessage);
    // A sync may have brought events in as appointments.
    connect(m_accounts, &CalendarAccountsPanel::synced, m_feed, &AgendaFeed::reload);
    retranslate();
}

CalendarsPage::~CalendarsPage() = default;

QString CalendarsPage::title() const
{
    return tr("Calendars");
}

QIcon CalendarsPage::icon() const
{
    // A calendar of its own (the audit trail has the style's detailed-list icon), drawn in the
    // theme's text colour.
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(sectionIconPixmap(sectionIconResource(u"calendar"), size,
                                         palette().color(QPalette::WindowText),
                                         devicePixelRatioF()));
    return icon;
}

void CalendarsPage::setDefaultOrganization(const QString &organizationId)
{
    m_defaultOrganization = organizationId;
    if (m_activated)
        open();
}

QString CalendarsPage::organizationId() const
{
    return scope().organizationId.isEmpty() ? m_defaultOrganization : scope().organizationId;
}

void CalendarsPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    open();
    m_accounts->reload();
}

void CalendarsPage::refresh()
{
    m_feed->reload();
    m_accounts->reload();
}

void CalendarsPage::showAccounts()
{
    m_tabs->setCurrentWidget(m_accounts);
}

bool CalendarsPage::showExample()
{
    if (m_model->rowCount() == 0)
        return false;
    m_view->selectRow(0);
    return true;
}

void CalendarsPage::scopeChanged()
{
    if (m_activated)
        open();
}

void CalendarsPage::open()
{
    const QString organization = organizationId();
    const QString wedding = organization.isEmpty() ? QString() : scope().weddingId;
    if (organization == m_feed->organizationId() && wedding == m_feed->weddingId()
        && !organization.isEmpty())
        return;
    m_loaded = false;
    m_offline = false;
    m_error.clear();
    m_model->setItems({});
    m_feed->open(organization, wedding);
    m_accounts->setOrganization(organization);
    retranslate();
}

void CalendarsPage::onLoaded(const QList<appointments::Appointment> &items, bool fromCache)
{
    if (fromCache && m_loaded && !m_offline)
        return; // a live answer is on screen already
    m_loaded = true;
    m_offline = fromCache;
    if (!fromCache)
        m_error.clear();
    m_model->setToday(QDate::currentDate());
    m_model->setItems(items);
    updateNotice();
    Q_EMIT dataUpdated(QDateTime::currentDateTimeUtc(), fromCache);
}

void CalendarsPage::onFailed(const ApiError &error)
{
    m_offline = true;
    m_error = error.userMessage();
    updateNotice();
    Q_EMIT statusMessage(tr("The agenda could not be loaded: %1").arg(m_error));
}

void CalendarsPage::updateNotice()
{
    QString text;
    if (organizationId().isEmpty())
        text = tr("Choose an organization in the switcher above to see its agenda.");
    else if (m_offline && !m_error.isEmpty())
        text = tr("Offline: showing the agenda as last seen. %1").arg(m_error);
    else if (m_offline)
        text = tr("Offline: showing the agenda as last seen.");
    else if (m_loaded && m_model->rowCount() == 0)
        text = scope().weddingId.isEmpty()
            ? tr("No appointments from last week on. The wedding days of the organization's "
                 "weddings and the appointments planners add appear here.")
            : tr("No appointments for this wedding from last week on.");
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void CalendarsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ConsolePage::changeEvent(event);
}

void CalendarsPage::retranslate()
{
    m_heading->setText(scope().weddingId.isEmpty() || organizationId().isEmpty()
                           ? tr("Agenda of the organization")
                           : tr("Agenda of the wedding"));
    m_view->setAccessibleName(tr("Agenda"));
    m_tabs->setTabText(0, tr("&Agenda"));
    m_tabs->setTabText(1, tr("Calendar acco&unts"));
    m_model->retranslate();
    updateNotice();
}

} // namespace wedsync
