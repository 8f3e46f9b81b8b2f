#pragma once
// The steps of the connection wizard: choose the CRM (with what it really allows), sign in to
// it, test the connection on real rows, choose schedule, direction and conflict rule, map its
// fields to WedSync's, and review. Pages that change the server-side draft wait for its answer
// before Next goes on, and show what the server said when it refuses.

#include "ClientFields.h"
#include "CrmRecords.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace wedsync {

class ConnectionDraft;
class FieldMappingEditor;
class OAuthSignInPanel;
class SyncRulesForm;
struct ApiError;
struct ConnectionTestResult;

enum ConnectionWizardPage {
    ProviderStep,
    AuthStep,
    SignInStep, // OAuth 2.0 only: the browser sign-in
    TestStep,
    ScheduleStep,
    MappingStep,
    ReviewStep
};

// What every step knows: the draft on the server and the values chosen so far.
struct WizardState
{
    ConnectionDraft *draft = nullptr;
    QList<CrmProviderInfo> providers;
    CrmProviderInfo provider;
    CrmIntegrationDraft values;
    QJsonArray sample; // the test's rows
    QStringList sourceFields; // the test's columns

    // Its clients come from files only: a CRM without an API, or "Another CRM" without a
    // sign-in. Nothing to test, nothing to map until a file is imported.
    bool readsFiles() const
    {
        return provider.connect == QLatin1String("file")
            || (provider.connect == QLatin1String("custom")
                && values.authType == QLatin1String("none"));
    }
};

// A step whose Next saves the draft: it waits for the server, then goes on by itself.
class DraftStepPage : public QWizardPage
{
    Q_OBJECT
public:
    DraftStepPage(WizardState *state, QWidget *parent = nullptr);
    bool validatePage() override;

protected:
    // The values to send (and whether they changed since the last save).
    virtual void collect(CrmIntegrationDraft &values, QJsonObject &credentials) const = 0;
    void showProblem(const QString &text);
    QLabel *problemLabel() const { return m_problem; }
    void initializeProblem();

    WizardState *m_state;

private:
    QLabel *m_problem;
    QString m_savedSignature;
    bool m_saving = false;
    bool m_proceed = false;
};

class ProviderPage : public QWizardPage
{
    Q_OBJECT
public:
    ProviderPage(WizardState *state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QListWidget *providerList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }

private:
    void onProviderChanged();

    WizardState *m_state;
    QListWidget *m_list;
    QLabel *m_capability;
    QLineEdit *m_name;
    QString m_suggestedName;
};

class AuthPage : public DraftStepPage
{
    Q_OBJECT
public:
    AuthPage(WizardState *state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    QLineEdit *apiKeyEdit() const { return m_apiKey; }

protected:
    void collect(CrmIntegrationDraft &values, QJsonObject &credentials) const override;

private:
    QString authType() const;
    void updateFields();
    bool asksForBaseUrl() const;
    // Why an address typed in cannot be used ("" when each is fine or still empty): said as
    // soon as it is typed, since Next stays greyed out until it is mended.
    QString addressProblem() const;

    QLabel *m_intro;
    QComboBox *m_authType;
    QLabel *m_authTypeLabel;
    QLineEdit *m_baseUrl;
    QLabel *m_baseUrlLabel;
    QLineEdit *m_apiKey;
    QLabel *m_apiKeyLabel;
    QCheckBox *m_showKey;
    QLineEdit *m_user;
    QLabel *m_userLabel;
    QLineEdit *m_password;
    QLabel *m_passwordLabel;
    // OAuth 2.0 (a custom REST endpoint): where the provider signs in and hands out tokens.
    QList<QPair<QLabel *, QLineEdit *>> m_oauthFields;
    QLineEdit *m_authorizationUrl;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_scope;
    QLabel *m_redirectHint;
    QFormLayout *m_form;
};

// OAuth 2.0: the provider's sign-in page in the system browser; Next once it has connected.
class SignInPage : public QWizardPage
{
    Q_OBJECT
public:
    SignInPage(WizardState *state, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    OAuthSignInPanel *panel() const { return m_panel; }

private:
    WizardState *m_state;
    OAuthSignInPanel *m_panel;
};

class TestPage : public QWizardPage
{
    Q_OBJECT
public:
    TestPage(WizardState *state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    QLabel *resultLabel() const { return m_result; }
    QTableWidget *sampleTable() const { return m_sampleTable; }

private:
    void runTest();
    void onTested(const ConnectionTestResult &result);
    void onFailed(const QString &step, const ApiError &error);

    WizardState *m_state;
    QLabel *m_result;
    QProgressBar *m_busy;
    QTableWidget *m_sampleTable;
    QPushButton *m_again;
    bool m_ok = false;
};

class SchedulePage : public DraftStepPage
{
    Q_OBJECT
public:
    SchedulePage(WizardState *state, QWidget *parent = nullptr);
    void initializePage() override;
    SyncRulesForm *rules() const { return m_rules; }

protected:
    void collect(CrmIntegrationDraft &values, QJsonObject &credentials) const override;

private:
    SyncRulesForm *m_rules;
};

class MappingPage : public QWizardPage
{
    Q_OBJECT
public:
    MappingPage(WizardState *state, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    FieldMappingEditor *editor() const { return m_editor; }

private:
    WizardState *m_state;
    QLabel *m_intro;
    FieldMappingEditor *m_editor;
    QLabel *m_problem;
    bool m_loaded = false;
    bool m_saving = false;
    bool m_saved = false;
};

class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    ReviewPage(WizardState *state, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    QCheckBox *importNow() const { return m_importNow; }

private:
    WizardState *m_state;
    QLabel *m_summary;
    QCheckBox *m_importNow;
    QLabel *m_problem;
    bool m_finishing = false;
    bool m_finished = false;
};

} // namespace wedsync
