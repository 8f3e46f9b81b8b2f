#include "calendar/CalendarAccountsPanel.h"

#include "CalendarAccountModels.h"
#include "CalendarText.h"
#include "api/ApiError.h"
#include "calendar/CalendarAccountActions.h"
#include "calendar/CalendarAccountDialogs.h"
#include "calendar/CalendarAccountsFeed.h"
#include "calendar/CalendarConnectWizard.h"
#include "common/FormProblems.h"
#include "common/UserPrompts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QTableView *table(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

QPushButton *button(QWidget *parent, const QString &name)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(name);
    return b;
}

} // namespace

CalendarAccountsPanel::CalendarAccountsPanel(CalendarAccountsFeed *feed, ActionsFactory actions,
                                             UserPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_makeActions(std::move(actions))
    , m_actions(m_makeActions(this))
    , m_prompts(prompts)
    , m_accounts(new CalendarAccountModel(this))
    , m_log(new CalendarSyncLogModel(this))
    , m_intro(wrappingLabel(this, u"accountsIntro"_s))
    , m_accountsView(table(this, u"calendarAccountsTable"_s, m_accounts))
    , m_statusHelp(wrappingLabel(this, u"accountStatusHelp"_s))
    , m_connect(button(this, u"connectCalendar"_s))
    , m_sync(button(this, u"syncNow"_s))
    , m_edit(button(this, u"editAccount"_s))
    , m_relink(button(this, u"relinkAccount"_s))
    , m_disconnect(button(this, u"disconnectAccount"_s))
    , m_progress(new QProgressBar(this))
    , m_result(wrappingLabel(this, u"syncResult"_s))
    , m_logHeading(new QLabel(this))
    , m_logView(table(this, u"syncLogTable"_s, m_log))
{
    setObjectName(u"calendarAccountsPanel"_s);
    m_accountsView->horizontalHeader()->setSectionResizeMode(CalendarAccountModel::NameColumn,
                                                             QHeaderView::Stretch);
    m_logView->horizontalHeader()->setSectionResizeMode(CalendarSyncLogModel::ErrorsColumn,
                                                        QHeaderView::Stretch);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_logHeading->setBuddy(m_logView);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_connect, m_sync, m_edit, m_relink, m_disconnect})
        buttons->addWidget(b);
    buttons->addWidget(m_progress);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_accountsView, 2);
    layout->addWidget(m_statusHelp);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(m_logHeading);
    layout->addWidget(m_logView, 3);

    connect(m_feed, &CalendarAccountsFeed::loaded, this, &CalendarAccountsPanel::onLoaded);
    connect(m_feed, &CalendarAccountsFeed::logLoaded, this,
            [this](const QString &accountId, const QList<CalendarSyncRun> &runs) {
                if (accountId == m_selectedId)
                    m_log->setItems(runs);
            });
    connect(m_feed, &CalendarAccountsFeed::failed, this, &CalendarAccountsPanel::onFailed);
    // A sync of the chosen account started or ended (here, elsewhere, or on its schedule).
    connect(m_feed, &CalendarAccountsFeed::accountChanged, this, [this](const QString &id) {
        if (!id.isEmpty() && id == m_selectedId)
            m_feed->loadLog(id);
    });
    connect(m_accountsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id
                    = current.isValid() ? m_accounts->item(current.row()).id : QString();
                if (id != m_selectedId) {
                    m_selectedId = id;
                    m_log->setItems({});
                    if (!id.isEmpty())
                        m_feed->loadLog(id);
                }
                updateButtons();
            });
    connect(m_actions, &CalendarAccountActions::syncFinished, this,
            &CalendarAccountsPanel::onSyncFinished);
    connect(m_actions, &CalendarAccountActions::disconnected, this, [this](const QString &id) {
        if (id != m_removingId) // else eventsRemoved follows and says more
            say(tr("The calendar account is disconnected."));
        if (id == m_selectedId) { // its log goes with it
            m_selectedId.clear();
            m_log->setItems({});
        }
        m_feed->reload();
    });
    connect(m_actions, &CalendarAccountActions::eventsRemoved, this,
            &CalendarAccountsPanel::onEventsRemoved);
    connect(m_actions, &CalendarAccountActions::failed, this, &CalendarAccountsPanel::onFailed);
    connect(m_actions, &CalendarAccountActions::busyChanged, this,
            &CalendarAccountsPanel::updateButtons);
    connect(m_connect, &QPushButton::clicked, this, &CalendarAccountsPanel::openConnectWizard);
    connect(m_sync, &QPushButton::clicked, this, &CalendarAccountsPanel::syncSelected);
    connect(m_edit, &QPushButton::clicked, this, &CalendarAccountsPanel::openEditDialog);
    connect(m_relink, &QPushButton::clicked, this, &CalendarAccountsPanel::openRelinkDialog);
    connect(m_disconnect, &QPushButton::clicked, this, &CalendarAccountsPanel::disconnectSelected);
    retranslate();
}

QList<QWidget *> CalendarAccountsPanel::focusOrder() const
{
    return {m_accountsView, m_connect, m_sync, m_edit, m_relink, m_disconnect, m_logView};
}

void CalendarAccountsPanel::setOrganization(const QString &organizationId)
{
    m_organizationId = organizationId;
    updateButtons();
}

void CalendarAccountsPanel::reload()
{
    m_feed->reload();
    if (!m_selectedId.isEmpty())
        m_feed->loadLog(m_selectedId);
}

const CalendarAccountInfo *CalendarAccountsPanel::selected() const
{
    const int row = m_accounts->rowOf(m_selectedId);
    return row < 0 ? nullptr : &m_accounts->item(row);
}

bool CalendarAccountsPanel::selectAccount(const QString &accountId)
{
    const int row = m_accounts->rowOf(accountId);
    if (row < 0)
        return false;
    m_accountsView->selectRow(row);
    return true;
}

void CalendarAccountsPanel::onLoaded(const QList<CalendarAccountInfo> &accounts)
{
    const QString keep = m_selectedId;
    m_accounts->setItems(accounts);
    if (m_accounts->rowOf(keep) >= 0)
        m_accountsView->selectRow(m_accounts->rowOf(keep));
    else if (!accounts.isEmpty())
        m_accountsView->selectRow(0);
    else
        m_selectedId.clear();
    updateButtons();
}

void CalendarAccountsPanel::updateButtons()
{
    const CalendarAccountInfo *account = selected();
    const bool syncing = account && (account->syncing || m_actions->isSyncing(account->id));
    const bool removing = account && account->id == m_removingId;
    m_connect->setEnabled(!m_organizationId.isEmpty());
    m_sync->setEnabled(account && !syncing && !removing);
    m_edit->setEnabled(account && !removing);
    m_relink->setEnabled(account && account->needsRelink() && !syncing && !removing);
    // Google's or Microsoft's relink is its sign-in page again; CalDAV's, a new password. Alt+L
    // for both.
    const bool browser = account && account->signsInWithBrowser();
    m_relink->setText(browser ? tr("Sign in again (re&link)…") : tr("Re&link…"));
    m_relink->setToolTip(browser ? tr("Sign in with %1 again in the browser. The account keeps "
                                      "its calendars and what was synced.")
                                       .arg(CalendarText::signInName(account->provider))
                                 : tr("Give the password the calendar server now accepts. The "
                                      "account keeps its calendars and what was synced."));
    m_disconnect->setEnabled(account && m_removingId.isEmpty());
    m_progress->setVisible(syncing || removing);
    m_statusHelp->setText(account ? CalendarText::statusHelp(*account) : QString());
    m_statusHelp->setVisible(!m_statusHelp->text().isEmpty());
    if (m_accounts->rowCount() == 0)
        m_intro->setText(tr("You have no calendar accounts yet. Connect a calendar to see its "
                            "events as appointments and your appointments in it."));
    else
        m_intro->setText(tr("Your own calendar accounts: no one else in the organization sees "
                            "them."));
}

QWidget *CalendarAccountsPanel::openConnectWizard()
{
    if (m_organizationId.isEmpty())
        return nullptr;
    CalendarAccountActions *actions = m_makeActions(nullptr);
    auto *wizard = new CalendarConnectWizard(actions, m_organizationId, this);
    actions->setParent(wizard);
    connect(wizard, &CalendarConnectWizard::connected, this,
            [this](const CalendarAccountInfo &account) {
                Q_EMIT statusMessage(
                    tr("%1 is connected; its first sync has started.").arg(account.name));
                m_selectedId = account.id;
                startSync(account);
                m_feed->reload();
            });
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

QWidget *CalendarAccountsPanel::openEditDialog()
{
    const CalendarAccountInfo *account = selected();
    if (!account)
        return nullptr;
    auto *dialog = new CalendarAccountDialog(m_makeActions(nullptr), *account, this);
    connect(dialog, &CalendarAccountDialog::saved, this, [this](const CalendarAccountInfo &a) {
        Q_EMIT statusMessage(tr("%1 is saved.").arg(a.name));
        m_feed->reload();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QWidget *CalendarAccountsPanel::openRelinkDialog()
{
    const CalendarAccountInfo *account = selected();
    if (!account)
        return nullptr;
    const auto relinked = [this](const CalendarAccountInfo &a, const CalendarSyncRun &run) {
        Q_EMIT statusMessage(tr("%1 is relinked.").arg(a.name));
        if (run.id.isEmpty() && a.calendars.isEmpty()) { // never synced: nothing to prove yet
            m_result->setText(
                tr("%1 is linked. Choose its calendars with Edit, then sync it.").arg(a.name));
            reload();
            return;
        }
        onSyncFinished(a, run);
    };
    QDialog *dialog = nullptr;
    if (account->signsInWithBrowser()) {
        auto *signIn = new CalendarSignInDialog(m_makeActions(nullptr), *account, this);
        connect(signIn, &CalendarSignInDialog::relinked, this, relinked);
        dialog = signIn;
    } else {
        auto *password = new CalendarRelinkDialog(m_makeActions(nullptr), *account, this);
        connect(password, &CalendarRelinkDialog::relinked, this, relinked);
        dialog = password;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CalendarAccountsPanel::syncSelected()
{
    if (const CalendarAccountInfo *account = selected())
        startSync(*account);
}

void CalendarAccountsPanel::startSync(const CalendarAccountInfo &account)
{
    m_result->setText(tr("Syncing %1…").arg(account.name));
    m_actions->syncNow(account);
    updateButtons();
}

void CalendarAccountsPanel::onSyncFinished(const CalendarAccountInfo &account,
                                           const CalendarSyncRun &run)
{
    const QString text = run.id.isEmpty()
        ? tr("%1: the sync ended without a log entry.").arg(account.name)
        : tr("%1: %2 — %3")
              .arg(account.name, CalendarText::runStatusText(run.status),
                   CalendarText::runSummary(run));
    say(text);
    Q_EMIT synced();
    reload();
}

void CalendarAccountsPanel::disconnectSelected()
{
    const CalendarAccountInfo *account = selected();
    if (!account || !m_removingId.isEmpty())
        return;
    const CalendarAccountInfo chosen = *account;
    // What WedSync forgets, then what stays: two sentences of their own.
    const QString forgets = chosen.signsInWithBrowser()
        ? tr("Disconnect %1? Its sync stops and WedSync forgets its %2 sign-in.")
              .arg(chosen.name, CalendarText::signInName(chosen.provider))
        : tr("Disconnect %1? Its sync stops and WedSync forgets its password.").arg(chosen.name);
    const QString text = forgets + u' '
        + tr("The appointments stay in WedSync; to sync it again, connect it again with the "
             "wizard. The events WedSync added stay in the calendar unless you choose to remove "
             "them; events changed in the calendar since the last sync stay there in any case.");
    bool removeEvents = false;
    if (m_prompts->confirmWithOption(this, tr("Disconnect calendar"), text, tr("Disconnect"),
                                     tr("Also &remove the events WedSync added to this calendar"),
                                     &removeEvents))
        startDisconnect(chosen, removeEvents);
}

void CalendarAccountsPanel::startDisconnect(const CalendarAccountInfo &account, bool removeEvents)
{
    if (removeEvents) {
        m_removingId = account.id;
        m_removingName = account.name;
        m_result->setText(tr("Removing the events WedSync added to %1…").arg(account.name));
    }
    m_actions->disconnectAccount(account, removeEvents);
    updateButtons();
}

void CalendarAccountsPanel::onEventsRemoved(const QString &, int removed, int kept)
{
    m_removingId.clear();
    say(CalendarText::eventsRemovedText(std::exchange(m_removingName, {}), removed, kept));
    updateButtons();
}

void CalendarAccountsPanel::onDisconnectFailed(const ApiError &error)
{
    const QString id = std::exchange(m_removingId, {});
    m_removingName.clear();
    const bool notRemoved = error.code == CalendarAccountActions::EventsNotRemovedCode;
    QString text;
    if (notRemoved) // why, how many went, and that it is still connected
        text = CalendarText::eventsNotRemovedText(error.details.value(u"cause"_s).toString(),
                                                  error.details.value(u"removedEvents"_s).toInt());
    else if (error.code == CalendarAccountActions::SyncRunningCode)
        text = tr("The calendar account is syncing right now, so it was not disconnected. "
                  "Disconnect it when the sync has finished.");
    else
        text = tr("The calendar account could not be disconnected: %1").arg(error.userMessage());
    say(text);
    updateButtons();
    if (notRemoved) // asked once this answer is handled and the panel shows it
        QMetaObject::invokeMethod(
            this, [this, id, text] { offerToLeaveEvents(id, text); }, Qt::QueuedConnection);
}

void CalendarAccountsPanel::offerToLeaveEvents(const QString &accountId, const QString &why)
{
    const int row = m_accounts->rowOf(accountId);
    if (row < 0 || !m_removingId.isEmpty())
        return;
    const CalendarAccountInfo account = m_accounts->item(row);
    const QString question
        = tr("Disconnect %1 leaving the events WedSync added in the calendar?").arg(account.name);
    if (m_prompts->confirm(this, tr("Disconnect leaving the events?"), why + u"\n\n"_s + question,
                           tr("Disconnect leaving the events")))
        startDisconnect(account, false);
}

void CalendarAccountsPanel::say(const QString &text)
{
    m_result->setText(text);
    Q_EMIT statusMessage(text);
}

void CalendarAccountsPanel::onFailed(const QString &what, const ApiError &error)
{
    if (what == u"disconnect"_s) {
        onDisconnectFailed(error);
        return;
    }
    QString text;
    if (what == u"accounts"_s)
        text = tr("The calendar accounts could not be loaded: %1");
    else if (what == u"log"_s)
        text = tr("The sync log could not be loaded: %1");
    else if (what == u"sync"_s)
        text = tr("The sync could not be started: %1");
    else
        text = tr("The calendar account could not be changed: %1");
    say(text.arg(error.userMessage()));
    updateButtons();
}

void CalendarAccountsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CalendarAccountsPanel::retranslate()
{
    m_connect->setText(tr("Co&nnect a calendar…"));
    m_sync->setText(tr("&Sync now"));
    m_edit->setText(tr("Ed&it…"));
    m_disconnect->setText(tr("&Disconnect…"));
    m_logHeading->setText(tr("S&ync log of the chosen account"));
    m_accountsView->setAccessibleName(tr("Calendar accounts"));
    m_logView->setAccessibleName(tr("Sync log"));
    m_accounts->retranslate();
    m_log->retranslate();
    updateButtons();
}

} // namespace wedsync
