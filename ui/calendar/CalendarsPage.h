#pragma once
// The Calendars screen: the agenda of the organization chosen in the switcher, or of the
// wedding chosen (its consultations, tastings, rehearsal and the wedding day), soonest first,
// in the reader's clock. Cached for an offline start and live: a change another planner makes
// appears within a moment.

#include "calendar/CalendarAccountsPanel.h"
#include "common/ConsolePage.h"

class QLabel;
class QTabWidget;
class QTableView;

namespace wedsync {

class AgendaFeed;
class AgendaModel;
class CalendarAccountsFeed;
class UserPrompts;
struct ApiError;
namespace appointments {
struct Appointment;
}

class CalendarsPage : public ConsolePage
{
    Q_OBJECT
public:
    CalendarsPage(AgendaFeed *feed, CalendarAccountsFeed *accounts,
                  CalendarAccountsPanel::ActionsFactory actions, UserPrompts *prompts,
                  QWidget *parent = nullptr);
    ~CalendarsPage() override;

    QString pageId() const override { return QStringLiteral("calendars"); }
    QString title() const override;
    QIcon icon() const override;
    void activate() override;
    void refresh() override;
    bool showExample() override;

    // The organization shown while the switcher says "all" (an account with one).
    void setDefaultOrganization(const QString &organizationId);
    AgendaModel *agenda() const { return m_model; }
    QTableView *agendaView() const { return m_view; }
    CalendarAccountsPanel *accountsPanel() const { return m_accounts; }
    // Shows the "Calendar accounts" tab.
    void showAccounts();

protected:
    void scopeChanged() override;
    void changeEvent(QEvent *event) override;

private:
    QString organizationId() const;
    void open();
    void onLoaded(const QList<appointments::Appointment> &items, bool fromCache);
    void onFailed(const ApiError &error);
    void updateNotice();
    void retranslate();

    AgendaFeed *m_feed;
    AgendaModel *m_model;
    QLabel *m_heading;
    QLabel *m_notice;
    QTableView *m_view;
    CalendarAccountsPanel *m_accounts;
    QTabWidget *m_tabs;
    QString m_defaultOrganization;
    QString m_error;
    bool m_activated = false;
    bool m_offline = false;
    bool m_loaded = false;
};

} // namespace wedsync
