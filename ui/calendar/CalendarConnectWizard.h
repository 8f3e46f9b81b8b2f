#pragma once
// "Connect a calendar" in three steps (CalendarConnectPages): the provider, the sign-in (a
// CalDAV password, or Google's or Microsoft's own page in the browser) with a connection test,
// and what to sync and how. The account is created on the server when the sign-in is tested
// or, for Google and Microsoft, started (both need it), changed in place if the person comes
// Back and edits it, and deleted again if the wizard is cancelled, so nothing half-made stays
// behind. Back keeps what was typed.

#include "CalendarAccountRecords.h"

#include <QWizard>

#include <memory>

namespace wedsync {

class CalendarAccountActions;
struct CalendarWizardState;

class CalendarConnectWizard : public QWizard
{
    Q_OBJECT
public:
    // `actions` do the server's part (the wizard does not own them).
    CalendarConnectWizard(CalendarAccountActions *actions, const QString &organizationId,
                          QWidget *parent = nullptr);
    ~CalendarConnectWizard() override;

    void reject() override;

Q_SIGNALS:
    // Finished: the account exists with its calendars and rules; its first sync is the
    // screen's to start.
    void connected(const wedsync::CalendarAccountInfo &account);

private:
    std::unique_ptr<CalendarWizardState> m_state;
};

} // namespace wedsync
