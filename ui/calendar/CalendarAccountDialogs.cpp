#include "calendar/CalendarAccountDialogs.h"

#include "CalendarText.h"
#include "api/ApiError.h"
#include "calendar/CalendarAccountActions.h"
#include "calendar/CalendarSyncForm.h"
#include "common/OAuthSignInPanel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

// --- CalendarAccountDialog -------------------------------------------------------------------

CalendarAccountDialog::CalendarAccountDialog(CalendarAccountActions *actions,
                                             const CalendarAccountInfo &account, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_account(account)
    , m_form(new CalendarSyncForm(this))
    , m_lookup(wrappingLabel(this, u"calendarLookup"_s))
    , m_problem(problemLabel(this, u"editProblem"_s))
{
    m_actions->setParent(this);
    setObjectName(u"calendarAccountDialog"_s);
    setWindowTitle(tr("Edit %1").arg(account.name));
    m_form->setValues(account);
    m_form->setCalendars({}, account.calendars);
    m_lookup->setText(tr("Asking the calendar server which calendars it offers…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveAccount"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lookup);
    layout->addWidget(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarAccountDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_actions, &CalendarAccountActions::tested, this,
            [this](const QString &, const CalendarTestResult &result) {
                if (!result.ok) {
                    m_lookup->setText(
                        tr("The calendar server did not list its calendars (%1); the ones "
                           "chosen are kept.")
                            .arg(result.message));
                    return;
                }
                m_lookup->clear();
                m_lookup->hide();
                m_form->setCalendars(result.calendars, m_form->chosenCalendars());
            });
    connect(m_actions, &CalendarAccountActions::updated, this,
            [this](const CalendarAccountInfo &changed) {
                m_saving = false;
                Q_EMIT saved(changed);
                accept();
            });
    connect(m_actions, &CalendarAccountActions::failed, this, &CalendarAccountDialog::onFailed);
    m_actions->test(account.id);
}

void CalendarAccountDialog::save()
{
    if (m_saving)
        return;
    m_saving = true;
    m_save->setEnabled(false);
    m_form->clearProblems();
    m_problem->hide();
    m_actions->update(m_account, m_form->change());
}

void CalendarAccountDialog::onFailed(const QString &what, const ApiError &error)
{
    if (what == u"test"_s) {
        m_lookup->setText(
            tr("The calendar server did not list its calendars: %1").arg(error.userMessage()));
        return;
    }
    if (what != u"update"_s)
        return;
    m_saving = false;
    m_save->setEnabled(true);
    const QString rest = m_form->showProblems(error);
    m_problem->setText(rest);
    m_problem->setVisible(!rest.isEmpty());
}

// --- CalendarRelinkDialog --------------------------------------------------------------------

CalendarRelinkDialog::CalendarRelinkDialog(CalendarAccountActions *actions,
                                           const CalendarAccountInfo &account, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_account(account)
    , m_password(new QLineEdit(this))
    , m_busy(new QProgressBar(this))
    , m_problem(problemLabel(this, u"relinkProblem"_s))
{
    m_actions->setParent(this);
    setObjectName(u"calendarRelinkDialog"_s);
    setWindowTitle(tr("Relink %1").arg(account.name));
    QLabel *intro = wrappingLabel(this);
    intro->setText(tr("Enter the password %1 now accepts for %2. The account keeps its "
                      "calendars and what was synced; a sync runs at once to check it.")
                       .arg(account.serverUrl, account.username));
    m_password->setObjectName(u"relinkPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    QLabel *fieldProblem = problemLabel(this, u"passwordProblem"_s);
    m_problems.add(u"password"_s, fieldProblem);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("New app &password:"), this);
    label->setBuddy(m_password);
    form->addRow(label, m_password);
    form->addRow(QString(), fieldProblem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_relink = buttons->addButton(tr("&Relink"), QDialogButtonBox::AcceptRole);
    m_relink->setObjectName(u"relinkAccount"_s);
    m_relink->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_password, &QLineEdit::textChanged, this,
            [this] { m_relink->setEnabled(!m_working && !m_password->text().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarRelinkDialog::relink);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_actions, &CalendarAccountActions::updated, this,
            [this](const CalendarAccountInfo &changed) {
                m_account = changed;
                m_actions->syncNow(changed);
            });
    connect(m_actions, &CalendarAccountActions::syncFinished, this,
            [this](const CalendarAccountInfo &after, const CalendarSyncRun &run) {
                setBusy(false);
                m_account = after;
                if (after.status == u"connected"_s) {
                    Q_EMIT relinked(after, run);
                    accept();
                    return;
                }
                m_problem->setText(tr("The account is saved with this password, but the sync "
                                      "failed: %1")
                                       .arg(after.status == u"expired"_s
                                                ? tr("the calendar server still refuses it.")
                                                : CalendarText::runSummary(run)));
                m_problem->show();
            });
    connect(m_actions, &CalendarAccountActions::failed, this,
            [this](const QString &, const ApiError &error) {
                setBusy(false);
                const QString rest = m_problems.show(error);
                m_problem->setText(rest);
                m_problem->setVisible(!rest.isEmpty());
            });
}

void CalendarRelinkDialog::setBusy(bool busy)
{
    m_working = busy;
    m_busy->setVisible(busy);
    m_password->setEnabled(!busy);
    m_relink->setEnabled(!busy && !m_password->text().isEmpty());
}

void CalendarRelinkDialog::relink()
{
    if (m_working || m_password->text().isEmpty())
        return;
    m_problems.clear();
    m_problem->hide();
    setBusy(true);
    CalendarAccountChange change;
    change.password = m_password->text();
    m_actions->update(m_account, change);
}

// --- CalendarSignInDialog --------------------------------------------------------------------

CalendarSignInDialog::CalendarSignInDialog(CalendarAccountActions *actions,
                                           const CalendarAccountInfo &account, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_panel(new OAuthSignInPanel(actions->signIn(), this))
    , m_busy(new QProgressBar(this))
    , m_problem(problemLabel(this, u"relinkProblem"_s))
{
    m_actions->setParent(this);
    setObjectName(u"calendarSignInDialog"_s);
    setWindowTitle(tr("Sign in to %1 again").arg(account.name));
    // Why it is asked: the server's sentence about the refused sign-in, when there is one.
    QLabel *reason = wrappingLabel(this, u"relinkReason"_s);
    reason->setText(account.statusMessage);
    reason->setVisible(!account.statusMessage.isEmpty());
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reason);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Linked: a sync proves it (the calendars and event mappings are the account's still).
    connect(m_actions, &CalendarAccountActions::linked, this,
            [this](const CalendarAccountInfo &linked) {
                if (linked.calendars.isEmpty()) {
                    Q_EMIT relinked(linked, CalendarSyncRun {});
                    accept();
                    return;
                }
                m_busy->show();
                m_actions->syncNow(linked);
            });
    connect(m_actions, &CalendarAccountActions::syncFinished, this,
            [this](const CalendarAccountInfo &after, const CalendarSyncRun &run) {
                m_busy->hide();
                if (after.status == u"connected"_s) {
                    Q_EMIT relinked(after, run);
                    accept();
                    return;
                }
                m_problem->setText(tr("Signed in, but the sync failed: %1")
                                       .arg(after.statusMessage.isEmpty()
                                                ? CalendarText::runSummary(run)
                                                : after.statusMessage));
                m_problem->show();
            });
    connect(m_actions, &CalendarAccountActions::failed, this,
            [this](const QString &, const ApiError &error) {
                m_busy->hide();
                m_problem->setText(apiErrorText(error));
                m_problem->show();
            });
    resize(560, 360);
    const QString provider = CalendarText::providerName(account.provider);
    m_panel->start(CalendarAccountActions::oauthPath(account.id), provider,
                   CalendarText::signInIntro(provider));
}

void CalendarSignInDialog::done(int result)
{
    if (!m_panel->isDone())
        m_panel->cancel();
    QDialog::done(result);
}

} // namespace wedsync
