#include "integrations/ConnectionWizardPages.h"

#include "CrmCatalog.h"
#include "CrmText.h"
#include "IntegrationRules.h"
#include "api/ApiError.h"
#include "common/FormProblems.h"
#include "common/OAuthSignInPanel.h"
#include "common/StateColors.h"
#include "integrations/ConnectionDraft.h"
#include "integrations/CrmRequests.h"
#include "integrations/FieldMappingEditor.h"
#include "integrations/SyncRulesForm.h"
#include "oauth/OAuthSignIn.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QLabel *wrapping(QWidget *parent, const QString &name = {})
{
    return wrappingLabel(parent, name);
}

QLabel *problem(QWidget *parent)
{
    return problemLabel(parent, u"wizardProblem"_s);
}

// The server's rule for an address it calls (core/IntegrationRules), on what was typed.
bool isWebAddress(const QString &text)
{
    return crm::isWebUrl(text.trimmed());
}

QString errorText(const ApiError &error)
{
    return apiErrorText(error);
}

QString signature(const CrmIntegrationDraft &values, const QJsonObject &credentials)
{
    QJsonObject all = crmIntegrationDraftToJson(values);
    all.insert(u"credentials"_s, credentials);
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

} // namespace

// --- DraftStepPage ---------------------------------------------------------------------------

DraftStepPage::DraftStepPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_problem(problem(this))
{
    connect(m_state->draft, &ConnectionDraft::saved, this, [this] {
        if (!m_saving)
            return;
        m_saving = false;
        m_proceed = true;
        wizard()->next(); // validatePage() lets it through now
        m_proceed = false;
    });
    connect(m_state->draft, &ConnectionDraft::failed, this,
            [this](const QString &step, const ApiError &error) {
                if (!m_saving || step != u"save"_s)
                    return;
                m_saving = false;
                m_savedSignature.clear();
                showProblem(errorText(error));
                wizard()->button(QWizard::NextButton)->setEnabled(true);
            });
}

void DraftStepPage::initializeProblem()
{
    m_problem->hide();
}

void DraftStepPage::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool DraftStepPage::validatePage()
{
    if (m_proceed)
        return true;
    if (m_saving)
        return false;
    CrmIntegrationDraft values = m_state->values;
    QJsonObject credentials;
    collect(values, credentials);
    const QString now = signature(values, credentials);
    if (now == m_savedSignature && m_state->draft->integration())
        return true; // Back and Next again without a change
    m_state->values = values;
    m_savedSignature = now;
    m_saving = true;
    showProblem({});
    wizard()->button(QWizard::NextButton)->setEnabled(false);
    m_state->draft->save(values, credentials);
    return false;
}

// --- ProviderPage ----------------------------------------------------------------------------

ProviderPage::ProviderPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_list(new QListWidget(this))
    , m_capability(wrapping(this, u"providerCapability"_s))
    , m_name(new QLineEdit(this))
{
    setTitle(tr("Choose your CRM"));
    setSubTitle(tr("Each CRM is connected the way it really allows: through its API where it "
                   "has one, else by importing its export file."));
    m_list->setObjectName(u"providerList"_s);
    m_name->setObjectName(u"connectionName"_s);
    m_name->setMaxLength(100);
    auto *listLabel = new QLabel(tr("&CRM:"), this);
    listLabel->setBuddy(m_list);
    auto *nameLabel = new QLabel(tr("Connection na&me:"), this);
    nameLabel->setBuddy(m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_capability);
    layout->addWidget(nameLabel);
    layout->addWidget(m_name);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProviderPage::onProviderChanged);
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void ProviderPage::initializePage()
{
    if (m_list->count() > 0)
        return;
    for (const CrmProviderInfo &provider : std::as_const(m_state->providers)) {
        auto *item = new QListWidgetItem(CrmText::providerName(provider), m_list);
        item->setData(Qt::UserRole, provider.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ProviderPage::onProviderChanged()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_state->providers.size())
        return;
    const CrmProviderInfo &provider = m_state->providers.at(row);
    m_capability->setText(CrmText::capabilityText(provider));
    // The name follows the CRM until the person writes their own.
    const QString suggested = CrmText::providerName(provider);
    if (m_name->text().isEmpty() || m_name->text() == m_suggestedName)
        m_name->setText(suggested);
    m_suggestedName = suggested;
    Q_EMIT completeChanged();
}

bool ProviderPage::isComplete() const
{
    const QString name = m_name->text().trimmed();
    return m_list->currentRow() >= 0 && !name.isEmpty() && name.size() <= 100;
}

bool ProviderPage::validatePage()
{
    const CrmProviderInfo &provider = m_state->providers.at(m_list->currentRow());
    if (m_state->draft->integration() && m_state->provider.id != provider.id)
        m_state->draft->discard(); // another CRM: the draft made for the first one goes
    m_state->provider = provider;
    m_state->values.provider = provider.id;
    m_state->values.name = m_name->text().trimmed();
    // The first direction this CRM allows (Light Blue only receives) until the schedule step.
    if (const crm::ProviderInfo *known = crm::findProvider(provider.id)) {
        const QStringList directions = crm::allowedDirections(*known);
        if (!directions.isEmpty() && !directions.contains(m_state->values.direction))
            m_state->values.direction = directions.constFirst();
    }
    return true;
}

// --- AuthPage --------------------------------------------------------------------------------

AuthPage::AuthPage(WizardState *state, QWidget *parent)
    : DraftStepPage(state, parent)
    , m_intro(wrapping(this, u"authIntro"_s))
    , m_authType(new QComboBox(this))
    , m_authTypeLabel(new QLabel(tr("&Sign-in:"), this))
    , m_baseUrl(new QLineEdit(this))
    , m_baseUrlLabel(new QLabel(tr("API &address:"), this))
    , m_apiKey(new QLineEdit(this))
    , m_apiKeyLabel(new QLabel(tr("API &key:"), this))
    , m_showKey(new QCheckBox(tr("Sho&w the key"), this))
    , m_user(new QLineEdit(this))
    , m_userLabel(new QLabel(tr("&User name:"), this))
    , m_password(new QLineEdit(this))
    , m_passwordLabel(new QLabel(tr("&Password:"), this))
    , m_authorizationUrl(new QLineEdit(this))
    , m_tokenUrl(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_scope(new QLineEdit(this))
{
    setTitle(tr("Sign in to the CRM"));
    m_authType->setObjectName(u"authType"_s);
    m_baseUrl->setObjectName(u"baseUrl"_s);
    m_baseUrl->setPlaceholderText(u"https://crm.example.com/api/clients"_s);
    m_apiKey->setObjectName(u"apiKey"_s);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setMaxLength(512);
    m_user->setObjectName(u"userName"_s);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_authTypeLabel->setBuddy(m_authType);
    m_baseUrlLabel->setBuddy(m_baseUrl);
    m_apiKeyLabel->setBuddy(m_apiKey);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_form = new QFormLayout;
    QFormLayout *form = m_form;
    form->addRow(m_authTypeLabel, m_authType);
    form->addRow(m_baseUrlLabel, m_baseUrl);
    form->addRow(m_apiKeyLabel, m_apiKey);
    form->addRow(QString(), m_showKey);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    const QList<std::tuple<QLineEdit *, QString, QString, QString>> oauth {
        {m_authorizationUrl, u"authorizationUrl"_s, tr("Sign-in add&ress:"),
         u"https://auth.example.com/authorize"_s},
        {m_tokenUrl, u"tokenUrl"_s, tr("T&oken address:"), u"https://auth.example.com/token"_s},
        {m_clientId, u"clientId"_s, tr("Client &ID:"), QString()},
        {m_clientSecret, u"clientSecret"_s, tr("Client s&ecret:"), tr("only if the CRM gave one")},
        {m_scope, u"scope"_s, tr("S&cope:"), tr("optional, e.g. clients.read offline_access")},
    };
    for (const auto &[edit, name, text, placeholder] : oauth) {
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setMaxLength(2000);
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_oauthFields.append({label, edit});
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    for (QLineEdit *address : {m_baseUrl, m_authorizationUrl, m_tokenUrl})
        connect(address, &QLineEdit::textChanged, this, [this] { showProblem(addressProblem()); });
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_redirectHint = wrapping(this, u"redirectHint"_s);
    m_redirectHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_redirectHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(QString(), m_redirectHint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(problemLabel());
    layout->addStretch(1);
    connect(m_showKey, &QCheckBox::toggled, this, [this](bool show) {
        m_apiKey->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_authType, &QComboBox::currentIndexChanged, this, &AuthPage::updateFields);
    for (QLineEdit *edit : {m_baseUrl, m_apiKey, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void AuthPage::initializePage()
{
    initializeProblem();
    const CrmProviderInfo &provider = m_state->provider;
    const QString name = CrmText::providerName(provider);
    m_authType->clear();
    for (const QString &type : provider.authTypes)
        m_authType->addItem(CrmText::authTypeText(type), type);
    if (m_authType->count() == 0)
        m_authType->addItem(CrmText::authTypeText(u"none"_s), u"none"_s);
    if (provider.connect == u"file"_s)
        m_intro->setText(tr("%1 has no public API, so there is nothing to sign in to. This "
                            "connection keeps the clients you import from its CSV export or "
                            "vCard file: after Finish, choose Import a file on the Integrations "
                            "screen.")
                             .arg(name));
    else if (provider.connect == u"inbound"_s)
        m_intro->setText(tr("%1 accepts new leads from WedSync with the API key of its inbox "
                            "form. It has no API to read your existing clients: import its CSV "
                            "export for those.")
                             .arg(name));
    else
        m_intro->setText(tr("Enter the credentials %1 gave you. They are sent to the WedSync "
                            "server, encrypted there, and never stored on this computer.")
                             .arg(name));
    setSubTitle(CrmText::capabilityText(provider));
    updateFields();
}

QString AuthPage::authType() const
{
    return m_authType->currentData().toString();
}

void AuthPage::updateFields()
{
    const QString type = authType();
    const bool custom = m_state->provider.connect == u"custom"_s && type != u"none"_s;
    // Whole rows, so that hidden ones leave no gap.
    m_form->setRowVisible(m_authType, m_authType->count() > 1);
    m_form->setRowVisible(m_baseUrl, custom);
    for (QWidget *field : {static_cast<QWidget *>(m_apiKey), static_cast<QWidget *>(m_showKey)})
        m_form->setRowVisible(field, type == u"api_key"_s);
    for (QWidget *field : {m_user, m_password})
        m_form->setRowVisible(field, type == u"basic"_s);
    for (const auto &[label, edit] : std::as_const(m_oauthFields))
        m_form->setRowVisible(edit, type == u"oauth2"_s);
    m_form->setRowVisible(m_redirectHint, type == u"oauth2"_s);
    m_redirectHint->setText(
        tr("At the CRM, register WedSync as a native (desktop) client with the redirect "
           "address %1 (any port) and PKCE; the sign-in itself is the next step.")
            .arg(OAuthSignIn::registeredRedirect()));
    showProblem(addressProblem());
    Q_EMIT completeChanged();
}

bool AuthPage::asksForBaseUrl() const
{
    return m_state->provider.connect == u"custom"_s && authType() != u"none"_s;
}

QString AuthPage::addressProblem() const
{
    const auto wrong = [](const QLineEdit *edit) {
        return !edit->text().trimmed().isEmpty() && !isWebAddress(edit->text());
    };
    if (asksForBaseUrl() && wrong(m_baseUrl))
        return tr("The API address must be a web address that starts with https:// (or "
                  "http://) and names its server, such as %1.")
            .arg(m_baseUrl->placeholderText());
    if (authType() != u"oauth2"_s)
        return {};
    if (wrong(m_authorizationUrl))
        return tr("The sign-in address must be a web address that starts with https:// (or "
                  "http://) and names its server, such as %1.")
            .arg(m_authorizationUrl->placeholderText());
    if (wrong(m_tokenUrl))
        return tr("The token address must be a web address that starts with https:// (or "
                  "http://) and names its server, such as %1.")
            .arg(m_tokenUrl->placeholderText());
    return {};
}

bool AuthPage::isComplete() const
{
    const QString type = authType();
    if (asksForBaseUrl() && !isWebAddress(m_baseUrl->text()))
        return false;
    if (type == u"api_key"_s)
        return !m_apiKey->text().trimmed().isEmpty();
    if (type == u"basic"_s)
        return !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    if (type == u"oauth2"_s) {
        return isWebAddress(m_authorizationUrl->text()) && isWebAddress(m_tokenUrl->text())
            && !m_clientId->text().trimmed().isEmpty();
    }
    return true;
}

void AuthPage::collect(CrmIntegrationDraft &values, QJsonObject &credentials) const
{
    values.authType = authType();
    values.baseUrl = m_baseUrl->isVisibleTo(this) ? m_baseUrl->text().trimmed() : QString();
    if (values.authType == u"api_key"_s)
        credentials.insert(u"apiKey"_s, m_apiKey->text().trimmed());
    else if (values.authType == u"basic"_s)
        credentials
            = {{u"username"_s, m_user->text().trimmed()}, {u"password"_s, m_password->text()}};
    else if (values.authType == u"oauth2"_s) {
        // The sign-in itself is the next step; these say where it happens.
        for (const auto &[label, edit] : std::as_const(m_oauthFields)) {
            if (!edit->text().trimmed().isEmpty())
                credentials.insert(edit->objectName(), edit->text().trimmed());
        }
    }
}

// --- SignInPage ------------------------------------------------------------------------------

SignInPage::SignInPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_panel(new OAuthSignInPanel(state->draft->signIn(), this))
{
    setTitle(tr("Sign in with the CRM"));
    setSubTitle(tr("The CRM's own sign-in page, in your browser: WedSync never sees your "
                   "password there."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    connect(m_panel, &OAuthSignInPanel::stateChanged, this, &QWizardPage::completeChanged);
    // Connected: on to the test by itself, as the other steps that wait for the server do.
    connect(m_panel, &OAuthSignInPanel::signedIn, this, [this] {
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
}

void SignInPage::initializePage()
{
    const std::optional<CrmIntegration> integration = m_state->draft->integration();
    if (!integration)
        return;
    const QString provider = CrmText::providerName(m_state->provider);
    m_panel->start(crmapi::oauthPath(m_state->draft->organizationId(), integration->id), provider,
                   CrmText::signInIntro(provider));
}

void SignInPage::cleanupPage()
{
    m_panel->cancel();
}

bool SignInPage::isComplete() const
{
    return m_panel->isDone();
}

// --- TestPage --------------------------------------------------------------------------------

TestPage::TestPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_result(wrapping(this, u"testResult"_s))
    , m_busy(new QProgressBar(this))
    , m_sampleTable(new QTableWidget(this))
    , m_again(new QPushButton(tr("Test &again"), this))
{
    setTitle(tr("Test the connection"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_sampleTable->setObjectName(u"sampleTable"_s);
    m_sampleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sampleTable->setTabKeyNavigation(false);
    m_sampleTable->verticalHeader()->hide();
    m_again->setObjectName(u"testAgain"_s);
    auto *sampleLabel = new QLabel(tr("&First rows the CRM returned:"), this);
    sampleLabel->setBuddy(m_sampleTable);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addWidget(m_busy);
    layout->addWidget(sampleLabel);
    layout->addWidget(m_sampleTable, 1);
    layout->addWidget(m_again, 0, Qt::AlignLeft);
    connect(m_again, &QPushButton::clicked, this, &TestPage::runTest);
    connect(m_state->draft, &ConnectionDraft::tested, this, &TestPage::onTested);
    connect(m_state->draft, &ConnectionDraft::failed, this, &TestPage::onFailed);
}

void TestPage::initializePage()
{
    runTest();
}

void TestPage::runTest()
{
    m_ok = false;
    m_sampleTable->clear();
    m_sampleTable->setRowCount(0);
    m_sampleTable->setColumnCount(0);
    Q_EMIT completeChanged();
    if (m_state->readsFiles()) {
        m_ok = true;
        m_busy->hide();
        m_again->hide();
        m_result->setText(tr("Nothing to test: %1 is imported from files.")
                              .arg(CrmText::providerName(m_state->provider)));
        Q_EMIT completeChanged();
        return;
    }
    m_again->show();
    m_again->setEnabled(false);
    m_busy->show();
    m_result->setText(
        tr("Asking %1 for a few clients…").arg(CrmText::providerName(m_state->provider)));
    m_state->draft->test();
}

void TestPage::onTested(const ConnectionTestResult &result)
{
    m_busy->hide();
    m_again->setEnabled(true);
    m_ok = result.ok;
    m_state->sample = result.sample;
    m_state->sourceFields = result.sourceFields;
    m_result->setText(result.ok ? tr("The connection works. %1").arg(result.message)
                                : tr("The connection failed: %1 Go Back to correct the "
                                     "credentials, or test again.")
                                      .arg(result.message));
    QStringList columns = result.sourceFields;
    if (columns.isEmpty() && !result.sample.isEmpty())
        columns = result.sample.first().toObject().keys();
    m_sampleTable->setColumnCount(int(columns.size()));
    m_sampleTable->setHorizontalHeaderLabels(columns);
    m_sampleTable->setRowCount(int(result.sample.size()));
    for (int row = 0; row < result.sample.size(); ++row) {
        const QJsonObject values = result.sample.at(row).toObject();
        for (int column = 0; column < columns.size(); ++column)
            m_sampleTable->setItem(
                row, column,
                new QTableWidgetItem(values.value(columns.at(column)).toVariant().toString()));
    }
    Q_EMIT completeChanged();
}

void TestPage::onFailed(const QString &step, const ApiError &error)
{
    if (step != u"test"_s)
        return;
    m_busy->hide();
    m_again->setEnabled(true);
    m_ok = false;
    m_result->setText(tr("The connection could not be tested: %1").arg(error.userMessage()));
    Q_EMIT completeChanged();
}

bool TestPage::isComplete() const
{
    return m_ok;
}

// --- SchedulePage ----------------------------------------------------------------------------

SchedulePage::SchedulePage(WizardState *state, QWidget *parent)
    : DraftStepPage(state, parent)
    , m_rules(new SyncRulesForm(this))
{
    setTitle(tr("When and how to sync"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rules);
    layout->addWidget(problemLabel());
    layout->addStretch(1);
}

void SchedulePage::initializePage()
{
    initializeProblem();
    const CrmProviderInfo &provider = m_state->provider;
    m_rules->setProvider(provider);
    setSubTitle(m_rules->isScheduled()
                    ? tr("Scheduled syncs bring in what changed since the last one.")
                    : tr("%1 is imported from files, so it has no schedule.")
                          .arg(CrmText::providerName(provider)));
}

void SchedulePage::collect(CrmIntegrationDraft &values, QJsonObject &) const
{
    values.scheduleMinutes = m_rules->scheduleMinutes();
    values.direction = m_rules->direction();
    values.conflictStrategy = m_rules->conflictStrategy();
}

// --- MappingPage -----------------------------------------------------------------------------

MappingPage::MappingPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_intro(wrapping(this))
    , m_editor(new FieldMappingEditor(this))
    , m_problem(problem(this))
{
    setTitle(tr("Map the fields"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problem);
    connect(m_editor, &FieldMappingEditor::changed, this, [this] { m_saved = false; });
    connect(m_state->draft, &ConnectionDraft::mappingsLoaded, this,
            [this](const QJsonArray &items) {
                m_loaded = true;
                auto mapping = FieldMapping::fromJson(items);
                if (mapping && !mapping.value().isEmpty()) {
                    m_editor->setMapping(mapping.value());
                    m_saved = true;
                } else {
                    m_editor->suggest(); // nothing saved yet: start from the CRM's columns
                }
            });
    connect(m_state->draft, &ConnectionDraft::mappingsSaved, this, [this] {
        if (!m_saving)
            return;
        m_saving = false;
        m_saved = true;
        wizard()->next();
    });
    connect(m_state->draft, &ConnectionDraft::failed, this,
            [this](const QString &step, const ApiError &error) {
                if (step != u"mappings"_s || !m_saving)
                    return;
                m_saving = false;
                m_problem->setText(errorText(error));
                m_problem->show();
            });
}

void MappingPage::initializePage()
{
    m_problem->hide();
    m_intro->setText(tr("Each row fills one WedSync field from a column of %1. The last column "
                        "shows what the first row the CRM returned would give.")
                         .arg(CrmText::providerName(m_state->provider)));
    QList<SourceRow> samples;
    for (const QJsonValue &row : std::as_const(m_state->sample))
        samples.append(flattenJsonObject(row.toObject()));
    m_editor->setSource(m_state->sourceFields, samples);
    if (!m_loaded)
        m_state->draft->loadMappings();
}

bool MappingPage::validatePage()
{
    if (m_saved)
        return true;
    if (m_saving)
        return false;
    const FieldMapping chosen = m_editor->mapping();
    const QList<FieldError> problems = chosen.validate();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldError &error : problems)
            lines.append(error.message);
        m_problem->setText(lines.join(u'\n'));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_saving = true;
    m_state->draft->saveMappings(chosen.toJson());
    return false;
}

// --- ReviewPage ------------------------------------------------------------------------------

ReviewPage::ReviewPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_summary(wrapping(this, u"reviewSummary"_s))
    , m_importNow(new QCheckBox(tr("Start the first &import now"), this))
    , m_problem(problem(this))
{
    setTitle(tr("Review and connect"));
    m_importNow->setObjectName(u"importNow"_s);
    m_importNow->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_importNow);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    connect(m_state->draft, &ConnectionDraft::finished, this, [this] {
        if (!m_finishing)
            return;
        m_finishing = false;
        m_finished = true;
        wizard()->accept();
    });
    connect(m_state->draft, &ConnectionDraft::failed, this,
            [this](const QString &step, const ApiError &error) {
                if (step != u"finish"_s || !m_finishing)
                    return;
                m_finishing = false;
                m_problem->setText(tr("The connection is saved, but its first import did not "
                                      "start: %1")
                                       .arg(errorText(error)));
                m_problem->show();
                m_importNow->setChecked(false);
            });
}

void ReviewPage::initializePage()
{
    const CrmIntegrationDraft &values = m_state->values;
    const bool api = !m_state->readsFiles()
        && (m_state->provider.connectsByApi() || m_state->provider.connect == u"custom"_s);
    const QStringList lines {
        tr("Connection: %1 (%2)").arg(values.name, CrmText::providerName(m_state->provider)),
        tr("Sign-in: %1").arg(CrmText::authTypeText(values.authType)),
        tr("Schedule: %1").arg(CrmText::scheduleText(values.scheduleMinutes)),
        tr("Direction: %1").arg(CrmText::directionText(values.direction)),
        tr("When both sides changed: %1").arg(CrmText::strategyText(values.conflictStrategy)),
    };
    m_summary->setText(lines.join(u'\n'));
    m_importNow->setVisible(api && m_state->provider.connect != u"inbound"_s);
    m_importNow->setChecked(m_importNow->isVisibleTo(this));
    m_problem->hide();
}

bool ReviewPage::validatePage()
{
    if (m_finished)
        return true;
    if (m_finishing)
        return false;
    m_finishing = true;
    m_state->draft->finish(m_importNow->isVisibleTo(this) && m_importNow->isChecked());
    return false;
}

} // namespace wedsync
