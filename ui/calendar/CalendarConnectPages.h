#pragma once
// The steps of the "Connect a calendar" wizard: the provider (CalDAV servers, with where each
// keeps its address, Google and Microsoft Outlook), the account — for CalDAV its address, user
// name and app password, whose Next creates it on the server and tests it; for Google and
// Microsoft its sign-in in the browser, which creates it, links it and tests it — and the
// calendars to sync with direction, conflict rule, schedule and time zone.
// Pages wait for the server's answer before going on and show its refusals by the fields.

#include "CalendarAccountRecords.h"
#include "common/FormProblems.h"

#include <QWizardPage>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace wedsync {

class CalendarAccountActions;
class CalendarSyncForm;
class OAuthSignInPanel;
struct ApiError;

enum CalendarConnectStep { CalendarProviderStep, CalendarAccountStep, CalendarChoiceStep };

// What every step knows: the account made on the server and what its test found.
struct CalendarWizardState
{
    CalendarAccountActions *actions = nullptr;
    QString organizationId;
    QString provider = QStringLiteral("caldav");
    QString flavour; // icloud | fastmail | nextcloud | caldav | google | microsoft
    std::optional<CalendarAccountInfo> account;
    QList<CalendarFound> found;
    bool finished = false;
};

class CalendarProviderPage : public QWizardPage
{
    Q_OBJECT
public:
    CalendarProviderPage(CalendarWizardState *state, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;
    QListWidget *providerList() const { return m_list; }
    // Chooses the entry of `flavour` ("icloud", ..., "google", "microsoft").
    void choose(const QString &flavour);

private:
    void onChanged();

    CalendarWizardState *m_state;
    QListWidget *m_list;
    QLabel *m_note;
};

class CalendarAccountPage : public QWizardPage
{
    Q_OBJECT
public:
    CalendarAccountPage(CalendarWizardState *state, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }
    // Google and Microsoft: the button that creates the account and opens its sign-in in the
    // browser ("Sign in with Microsoft"), and the sign-in.
    QPushButton *signInButton() const { return m_signIn; }
    OAuthSignInPanel *signInPanel() const { return m_panel; }

private:
    // Google and Microsoft: the account signs in through the browser; signInName() is whose
    // sign-in it is ("Google", "Microsoft").
    bool signsInWithBrowser() const;
    QString signInName() const;
    void showFieldsOf(bool browser);
    // CalDAV: save the account (create or change it) and test it. Google or Microsoft: save its
    // name and, while it is not linked, open its sign-in.
    void start(bool advance);
    void onSaved(const CalendarAccountInfo &account);
    void onLinked(const CalendarAccountInfo &account);
    void onTested(const QString &accountId, const CalendarTestResult &result);
    void onFailed(const QString &what, const ApiError &error);
    void setBusy(bool busy);
    QString signature() const;

    CalendarWizardState *m_state;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLabel *m_urlLabel = nullptr;
    QLabel *m_urlHint;
    QLineEdit *m_user;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_password;
    QLabel *m_passwordLabel = nullptr;
    QPushButton *m_test;
    QPushButton *m_signIn;
    OAuthSignInPanel *m_panel;
    QProgressBar *m_busy;
    QLabel *m_result;
    QLabel *m_problem;
    FieldProblems m_problems;
    QString m_prefilledUrl;
    QString m_prefilledName;
    QString m_savedSignature; // what the account on the server holds
    QString m_testedSignature; // what passed the test
    bool m_waiting = false;
    bool m_advance = false;
    bool m_linked = false; // Google or Microsoft: the account's sign-in finished
};

class CalendarChoicePage : public QWizardPage
{
    Q_OBJECT
public:
    CalendarChoicePage(CalendarWizardState *state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    CalendarSyncForm *form() const { return m_form; }

private:
    CalendarWizardState *m_state;
    CalendarSyncForm *m_form;
    QLabel *m_problem;
    bool m_saving = false;
};

} // namespace wedsync
