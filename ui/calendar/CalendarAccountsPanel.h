#pragma once
// The Calendars screen's "Calendar accounts" panel: the signed-in operator's own calendar
// accounts (no one else sees them) with provider, status, schedule, last and next sync, and
// for the one chosen its sync log. From here: connect a calendar (the wizard), sync now (with
// progress, then the run's result in words), edit how it syncs, relink after the calendar
// server refused the password or Google or Microsoft the sign-in (signing in again in the
// browser), and
// disconnect (asked first, with the choice to remove the events WedSync added to the calendar).

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace wedsync {

class CalendarAccountActions;
class CalendarAccountModel;
class CalendarAccountsFeed;
class CalendarSyncLogModel;
class UserPrompts;
struct ApiError;
struct CalendarAccountInfo;
struct CalendarSyncRun;

class CalendarAccountsPanel : public QWidget
{
    Q_OBJECT
public:
    // Makes a fresh CalendarAccountActions for a dialog or the wizard (its parent).
    using ActionsFactory = std::function<CalendarAccountActions *(QObject *parent)>;

    CalendarAccountsPanel(CalendarAccountsFeed *feed, ActionsFactory actions, UserPrompts *prompts,
                          QWidget *parent = nullptr);

    // The organization a new account is connected in (the screen's).
    void setOrganization(const QString &organizationId);
    void reload();

    CalendarAccountModel *accounts() const { return m_accounts; }
    CalendarSyncLogModel *log() const { return m_log; }
    CalendarAccountsFeed *feed() const { return m_feed; }
    QTableView *accountsView() const { return m_accountsView; }
    // Its controls in reading order, for the screen's Tab order.
    QList<QWidget *> focusOrder() const;
    // The account chosen in the table; false when none.
    bool selectAccount(const QString &accountId);

    // Each opens its dialog (not modal: the caller may drive it) and returns it; null when
    // there is nothing to act on.
    QWidget *openConnectWizard();
    QWidget *openEditDialog();
    QWidget *openRelinkDialog();
    void syncSelected();
    void disconnectSelected();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A sync of one of the accounts ended (the agenda may have new appointments).
    void synced();

protected:
    void changeEvent(QEvent *event) override;

private:
    const CalendarAccountInfo *selected() const;
    void onLoaded(const QList<CalendarAccountInfo> &accounts);
    void onSyncFinished(const CalendarAccountInfo &account, const CalendarSyncRun &run);
    void onFailed(const QString &what, const ApiError &error);
    void startSync(const CalendarAccountInfo &account);
    void startDisconnect(const CalendarAccountInfo &account, bool removeEvents);
    void onEventsRemoved(const QString &accountId, int removed, int kept);
    void onDisconnectFailed(const ApiError &error);
    // The events could not be removed: asks whether to disconnect leaving them.
    void offerToLeaveEvents(const QString &accountId, const QString &why);
    void say(const QString &text);
    void updateButtons();
    void retranslate();

    CalendarAccountsFeed *m_feed;
    ActionsFactory m_makeActions;
    CalendarAccountActions *m_actions;
    UserPrompts *m_prompts;
    CalendarAccountModel *m_accounts;
    CalendarSyncLogModel *m_log;
    QLabel *m_intro;
    QTableView *m_accountsView;
    QLabel *m_statusHelp;
    QPushButton *m_connect;
    QPushButton *m_sync;
    QPushButton *m_edit;
    QPushButton *m_relink;
    QPushButton *m_disconnect;
    QProgressBar *m_progress;
    QLabel *m_result;
    QLabel *m_logHeading;
    QTableView *m_logView;
    QString m_organizationId;
    QString m_selectedId;
    // The account whose events are being removed, while that runs (one at a time: a failure
    // does not name its account).
    QString m_removingId;
    QString m_removingName;
};

} // namespace wedsync
