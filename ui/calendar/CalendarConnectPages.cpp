#include "calendar/CalendarConnectPages.h"

#include "CalendarText.h"
#include "api/ApiError.h"
#include "calendar/CalendarAccountActions.h"
#include "calendar/CalendarSyncForm.h"
#include "common/OAuthSignInPanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

constexpr int FlavourRole = Qt::UserRole;
constexpr int ProviderRole = Qt::UserRole + 1;

struct Flavour
{
    QString id;
    QString provider;
    QString url; // filled in for the person; empty where it is theirs to say
};

const QList<Flavour> &flavours()
{
    static const QList<Flavour> all {
        {u"icloud"_s, u"caldav"_s, u"https://caldav.icloud.com/"_s},
        {u"fastmail"_s, u"caldav"_s, u"https://caldav.fastmail.com/"_s},
        {u"nextcloud"_s, u"caldav"_s, {}},
        {u"caldav"_s, u"caldav"_s, {}},
        {u"google"_s, u"google"_s, {}},
        {u"microsoft"_s, u"microsoft"_s, {}},
    };
    return all;
}

QString flavourName(const QString &id)
{
    if (id == u"icloud"_s)
        return CalendarProviderPage::tr("iCloud (CalDAV)");
    if (id == u"fastmail"_s)
        return CalendarProviderPage::tr("Fastmail (CalDAV)");
    if (id == u"nextcloud"_s)
        return CalendarProviderPage::tr("Nextcloud (CalDAV)");
    if (id == u"caldav"_s)
        return CalendarProviderPage::tr("Another CalDAV server");
    return CalendarText::providerName(id);
}

// Where the person finds the address and the password to use.
QString flavourHint(const QString &id)
{
    if (id == u"icloud"_s)
        return CalendarAccountPage::tr(
            "The address is https://caldav.icloud.com/. Use your Apple ID and an app-specific "
            "password made at appleid.apple.com, not your Apple ID password.");
    if (id == u"fastmail"_s)
        return CalendarAccountPage::tr(
            "The address is https://caldav.fastmail.com/. Use your Fastmail address and an app "
            "password made in Settings → Privacy & Security.");
    if (id == u"nextcloud"_s)
        return CalendarAccountPage::tr(
            "The address is your Nextcloud's followed by /remote.php/dav/, e.g. "
            "https://cloud.example.com/remote.php/dav/. Use an app password made in Settings → "
            "Security.");
    return CalendarAccountPage::tr(
        "The address of your calendar server, e.g. https://caldav.example.com/; the calendars "
        "under it are found by themselves.");
}

// Google and Microsoft: the account links through their own sign-in page in the browser.
bool isBrowserProvider(const QString &provider)
{
    CalendarAccountInfo account;
    account.provider = provider;
    return account.signsInWithBrowser();
}

QString testFailureText(const QString &provider, const CalendarTestResult &result)
{
    if (isBrowserProvider(provider))
        //: %1 is whose calendars: "Google" or "Outlook".
        return CalendarAccountPage::tr("Signed in, but %1 did not list the calendars: %2")
            .arg(CalendarText::calendarsName(provider), result.message);
    if (result.code.endsWith(u"unauthorized"_s))
        return CalendarAccountPage::tr("The calendar server refused the user name or password. "
                                       "Check them (an app password where the provider asks "
                                       "for one) and test again.");
    return result.message.isEmpty()
        ? CalendarAccountPage::tr("The calendar server could not be reached or read.")
        : CalendarAccountPage::tr("The test failed: %1").arg(result.message);
}

} // namespace

// --- CalendarProviderPage --------------------------------------------------------------------

CalendarProviderPage::CalendarProviderPage(CalendarWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_list(new QListWidget(this))
    , m_note(wrappingLabel(this, u"providerNote"_s))
{
    setTitle(tr("Choose your calendar"));
    setSubTitle(tr("Appointments and the calendar's events are kept in step with the calendar "
                   "server you choose."));
    m_list->setObjectName(u"calendarProviderList"_s);
    for (const Flavour &f : flavours()) {
        auto *item = new QListWidgetItem(flavourName(f.id), m_list);
        item->setData(FlavourRole, f.id);
        item->setData(ProviderRole, f.provider);
    }
    auto *label = new QLabel(tr("&Calendar provider:"), this);
    label->setBuddy(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    connect(m_list, &QListWidget::currentRowChanged, this, &CalendarProviderPage::onChanged);
    m_list->setCurrentRow(0);
}

void CalendarProviderPage::choose(const QString &flavour)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(FlavourRole).toString() == flavour)
            m_list->setCurrentRow(row);
    }
}

void CalendarProviderPage::onChanged()
{
    const QListWidgetItem *item = m_list->currentItem();
    const QString provider = item ? item->data(ProviderRole).toString() : QString();
    if (provider == u"caldav"_s)
        m_note->setText(tr("Connected with CalDAV: the server's address, your user name and an "
                           "app password."));
    else if (provider == u"google"_s)
        m_note->setText(tr("Connected by signing in with Google in your browser: WedSync never "
                           "sees your Google password. The WedSync server needs a Google "
                           "client (--google-client), which its administrator sets up."));
    else if (provider == u"microsoft"_s)
        m_note->setText(tr("Connected by signing in with Microsoft in your browser: WedSync "
                           "never sees your Microsoft password. The WedSync server needs a "
                           "Microsoft app registration (--microsoft-client), which its "
                           "administrator sets up."));
    Q_EMIT completeChanged();
}

bool CalendarProviderPage::isComplete() const
{
    const QListWidgetItem *item = m_list->currentItem();
    const QString provider = item ? item->data(ProviderRole).toString() : QString();
    return provider == u"caldav"_s || isBrowserProvider(provider);
}

bool CalendarProviderPage::validatePage()
{
    const QString provider = m_list->currentItem()->data(ProviderRole).toString();
    // An account keeps its provider: Back to another one starts a new account.
    if (m_state->account && m_state->account->provider != provider) {
        m_state->actions->discard(m_state->account->id);
        m_state->account.reset();
        m_state->found.clear();
    }
    m_state->provider = provider;
    m_state->flavour = m_list->currentItem()->data(FlavourRole).toString();
    return true;
}

// --- CalendarAccountPage ---------------------------------------------------------------------

CalendarAccountPage::CalendarAccountPage(CalendarWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_urlHint(wrappingLabel(this, u"serverUrlHint"_s))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_signIn(new QPushButton(this))
    , m_panel(new OAuthSignInPanel(state->actions->signIn(), this))
    , m_busy(new QProgressBar(this))
    , m_result(wrappingLabel(this, u"testResult"_s))
    , m_problem(problemLabel(this, u"wizardProblem"_s))
{
    m_name->setObjectName(u"accountName"_s);
    m_name->setMaxLength(100);
    m_url->setObjectName(u"serverUrl"_s);
    m_url->setPlaceholderText(u"https://caldav.example.com/"_s);
    m_user->setObjectName(u"username"_s);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_test->setObjectName(u"testConnection"_s);
    m_signIn->setObjectName(u"signInWithBrowser"_s);
    m_panel->setObjectName(u"browserSignIn"_s);
    m_signIn->hide();
    m_panel->hide();
    m_busy->setObjectName(u"testBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();

    const auto row = [this](const QString &label, QWidget *field, const QString &key) {
        QLabel *problem = problemLabel(this, key + u"Problem"_s);
        m_problems.add(key, problem);
        auto *name = new QLabel(label, this);
        name->setBuddy(field);
        m_form->addRow(name, fieldWithProblem(field, problem));
        return name;
    };
    row(tr("Account na&me:"), m_name, u"name"_s);
    m_urlLabel = row(tr("Server &address:"), m_url, u"serverUrl"_s);
    m_form->addRow(QString(), m_urlHint);
    m_userLabel = row(tr("&User name:"), m_user, u"username"_s);
    m_passwordLabel = row(tr("App &password:"), m_password, u"password"_s);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_signIn);
    testRow->addWidget(m_busy, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(testRow);
    layout->addWidget(m_panel);
    layout->addWidget(m_result);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    for (QLineEdit *edit : {m_name, m_url, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_test, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_signIn, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_panel, &OAuthSignInPanel::stateChanged, this, &QWizardPage::completeChanged);
    connect(m_state->actions, &CalendarAccountActions::linked, this,
            &CalendarAccountPage::onLinked);
    connect(m_state->actions, &CalendarAccountActions::created, this,
            &CalendarAccountPage::onSaved);
    connect(m_state->actions, &CalendarAccountActions::updated, this,
            &CalendarAccountPage::onSaved);
    connect(m_state->actions, &CalendarAccountActions::tested, this,
            &CalendarAccountPage::onTested);
    connect(m_state->actions, &CalendarAccountActions::failed, this,
            &CalendarAccountPage::onFailed);
}

bool CalendarAccountPage::signsInWithBrowser() const
{
    return isBrowserProvider(m_state->provider);
}

QString CalendarAccountPage::signInName() const
{
    return CalendarText::signInName(m_state->provider);
}

void CalendarAccountPage::showFieldsOf(bool browser)
{
    if (browser) {
        setTitle(tr("Sign in with %1").arg(signInName()));
        //: %1 is whose sign-in page: "Google" or "Microsoft".
        setSubTitle(tr("%1's own sign-in page, in your browser: WedSync never sees your %1 "
                       "password, and the access is kept sealed on the WedSync server.")
                        .arg(signInName()));
        m_signIn->setText(tr("&Sign in with %1").arg(signInName()));
    } else {
        setTitle(tr("Sign in to the calendar server"));
        setSubTitle(tr("The password is sent once to the WedSync server, which keeps it sealed; "
                       "this console never stores it."));
    }
    for (QWidget *row :
         std::initializer_list<QWidget *> {m_urlLabel, m_urlHint, m_userLabel, m_passwordLabel})
        m_form->setRowVisible(row, !browser);
    m_test->setVisible(!browser);
    // The panel appears with the first sign-in and then offers its own "Sign in again".
    m_signIn->setVisible(browser && !m_panel->isVisibleTo(this));
}

void CalendarAccountPage::initializePage()
{
    if (!m_state->account) { // none yet, or the one of another provider was discarded
        m_savedSignature.clear();
        m_testedSignature.clear();
        m_linked = false;
        m_panel->cancel();
        m_panel->hide();
        m_result->clear();
    }
    showFieldsOf(signsInWithBrowser());
    QString url;
    for (const Flavour &f : flavours()) {
        if (f.id == m_state->flavour)
            url = f.url;
    }
    // Filled in for the person until they write their own.
    if (m_url->text().isEmpty() || m_url->text() == m_prefilledUrl)
        m_url->setText(url);
    m_prefilledUrl = url;
    const QString name = flavourName(m_state->flavour).section(u" ("_s, 0, 0);
    if (m_name->text().isEmpty() || m_name->text() == m_prefilledName)
        m_name->setText(name);
    m_prefilledName = name;
    m_urlHint->setText(flavourHint(m_state->flavour));
}

void CalendarAccountPage::cleanupPage()
{
    // Back: the browser's answer would come to nobody; the account stays for Next or Cancel.
    if (!m_linked) {
        m_panel->cancel();
        m_panel->hide();
    }
    QWizardPage::cleanupPage();
}

QString CalendarAccountPage::signature() const
{
    if (signsInWithBrowser())
        return m_name->text().trimmed();
    return QStringList {m_name->text().trimmed(), m_url->text().trimmed(), m_user->text().trimmed(),
                        m_password->text()}
        .join(u'\n');
}

bool CalendarAccountPage::isComplete() const
{
    if (m_waiting || m_name->text().trimmed().isEmpty())
        return false;
    if (signsInWithBrowser())
        return m_linked;
    return !m_url->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty();
}

bool CalendarAccountPage::validatePage()
{
    if (m_state->account && !m_testedSignature.isEmpty() && m_testedSignature == signature())
        return true;
    if (!m_waiting && (!signsInWithBrowser() || m_linked))
        start(true);
    return false;
}

void CalendarAccountPage::setBusy(bool busy)
{
    m_waiting = busy;
    m_busy->setVisible(busy);
    m_test->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    Q_EMIT completeChanged();
}

void CalendarAccountPage::start(bool advance)
{
    m_advance = advance;
    m_problems.clear();
    m_problem->hide();
    m_result->setText(signsInWithBrowser() ? tr("Preparing the sign-in with %1…").arg(signInName())
                                           : tr("Signing in to the calendar server…"));
    setBusy(true);
    if (m_state->account && m_savedSignature == signature()) {
        onSaved(*m_state->account);
        return;
    }
    CalendarAccountChange change;
    change.name = m_name->text().trimmed();
    if (!signsInWithBrowser()) { // a browser sign-in has no address, user name or password
        change.serverUrl = m_url->text().trimmed();
        change.username = m_user->text().trimmed();
        if (!m_password->text().isEmpty())
            change.password = m_password->text();
    }
    m_savedSignature = signature();
    if (m_state->account)
        m_state->actions->update(*m_state->account, change);
    else
        m_state->actions->create(m_state->organizationId, m_state->provider, change);
}

void CalendarAccountPage::onSaved(const CalendarAccountInfo &account)
{
    if (!m_waiting || m_state->finished)
        return;
    m_state->account = account;
    if (signsInWithBrowser() && !m_linked) {
        // Created (pending): on to the provider's sign-in page; onLinked() goes on from there.
        setBusy(false);
        m_result->clear();
        m_signIn->hide();
        m_panel->show();
        m_panel->start(CalendarAccountActions::oauthPath(account.id),
                       CalendarText::providerName(account.provider),
                       CalendarText::signInIntro(CalendarText::providerName(account.provider)));
        return;
    }
    m_state->actions->test(account.id);
}

void CalendarAccountPage::onLinked(const CalendarAccountInfo &account)
{
    if (!m_state->account || m_state->account->id != account.id || m_state->finished)
        return;
    m_state->account = account;
    m_linked = true;
    // Signed in: the calendars the provider offers fill the next step, which opens by itself.
    m_advance = true;
    m_result->setText(tr("Signed in with %1. Reading your calendars…").arg(signInName()));
    setBusy(true);
    m_state->actions->test(account.id);
}

void CalendarAccountPage::onTested(const QString &accountId, const CalendarTestResult &result)
{
    if (!m_waiting || !m_state->account || m_state->account->id != accountId)
        return;
    setBusy(false);
    if (!result.ok) {
        m_testedSignature.clear();
        m_result->setText(testFailureText(m_state->provider, result));
        return;
    }
    m_state->found = result.calendars;
    m_testedSignature = signature();
    if (signsInWithBrowser()) {
        const QString calendars = CalendarText::calendarsName(m_state->provider);
        m_result->setText(
            result.calendars.isEmpty()
                ? tr("Signed in, but %1 offers no calendars to this account.").arg(calendars)
                //: %1 is whose calendars: "Google" or "Outlook"; %2 how many.
                : tr("Signed in. Calendars %1 offers: %2.")
                      .arg(calendars, QString::number(result.calendars.size())));
    } else {
        m_result->setText(
            result.calendars.isEmpty()
                ? tr("Signed in, but the server offers no calendars to this user.")
                : tr("Signed in. Calendars the server offers: %1.").arg(result.calendars.size()));
    }
    if (m_advance && !result.calendars.isEmpty())
        wizard()->next();
}

void CalendarAccountPage::onFailed(const QString &what, const ApiError &error)
{
    if (!m_waiting || what == u"sync"_s || what == u"disconnect"_s)
        return;
    setBusy(false);
    m_result->clear();
    if (what != u"test"_s)
        m_savedSignature.clear(); // not saved: sent again next time
    const QString rest = m_problems.show(error);
    m_problem->setText(rest);
    m_problem->setVisible(!rest.isEmpty());
}

// --- CalendarChoicePage ----------------------------------------------------------------------

CalendarChoicePage::CalendarChoicePage(CalendarWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_form(new CalendarSyncForm(this))
    , m_problem(problemLabel(this, u"wizardProblem"_s))
{
    setTitle(tr("Choose what to sync"));
    setSubTitle(tr("The first calendar chosen receives the appointments made in WedSync. The "
                   "first sync starts when you finish."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    connect(m_form, &CalendarSyncForm::calendarsChanged, this, &QWizardPage::completeChanged);
    connect(m_state->actions, &CalendarAccountActions::updated, this,
            [this](const CalendarAccountInfo &account) {
                if (!m_saving)
                    return;
                m_saving = false;
                m_state->account = account;
                m_state->finished = true;
                Q_EMIT completeChanged();
                wizard()->accept(); // validatePage() lets it through now
            });
    connect(m_state->actions, &CalendarAccountActions::failed, this,
            [this](const QString &what, const ApiError &error) {
                if (!m_saving || what != u"update"_s)
                    return;
                m_saving = false;
                const QString rest = m_form->showProblems(error);
                m_problem->setText(rest);
                m_problem->setVisible(!rest.isEmpty());
                Q_EMIT completeChanged();
            });
}

void CalendarChoicePage::initializePage()
{
    m_form->setCalendars(m_state->found, m_form->chosenCalendars());
}

bool CalendarChoicePage::isComplete() const
{
    return !m_saving && !m_form->chosenCalendars().isEmpty();
}

bool CalendarChoicePage::validatePage()
{
    if (m_state->finished)
        return true;
    if (m_saving || !m_state->account)
        return false;
    m_saving = true;
    m_form->clearProblems();
    m_problem->hide();
    Q_EMIT completeChanged();
    m_state->actions->update(*m_state->account, m_form->change());
    return false;
}

} // namespace wedsync
