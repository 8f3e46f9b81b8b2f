#pragma once
// For the Calendars screen's GUI tests: a signed-in console (PageConsole) showing the Calendars
// screen, with what the tests read of it — the accounts panel's rows and cells, the sync result
// line, its buttons, and the agenda's appointments by title. For the tests of a browser sign-in
// (Google, Microsoft): the system browser as the console meets it, the connect wizard opened on
// such a provider, and the accounts the server holds.

#include "AgendaModel.h"
#include "CalendarAccountModels.h"
#include "ShellTestSupport.h"
#include "api/ApiClient.h"
#include "calendar/CalendarAccountsPanel.h"
#include "calendar/CalendarConnectPages.h"
#include "calendar/CalendarsPage.h"
#include "common/OAuthSignInPanel.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTest>
#include <QUrl>
#include <QWizard>

namespace wedsync::test {

// The system browser as the console meets it, while it lives: QDesktopServices::openUrl of an
// http address lands here (nothing is opened), and the test browses the address the sign-in
// panel shows, as a person would.
class SystemBrowser : public QObject
{
    Q_OBJECT
public:
    SystemBrowser() { QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl"); }
    ~SystemBrowser() override { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }

    // Follows the address `panel` shows (the provider's sign-in, which redirects to the
    // console's loopback listener) and answers the page the console's listener gave; a sentence
    // saying what went wrong otherwise.
    QString browse(OAuthSignInPanel *panel, int waitMs = 30000)
    {
        using namespace Qt::StringLiterals;
        // The address shown to copy is the one the browser was sent to.
        if (!QTest::qWaitFor([panel] { return !panel->addressEdit()->text().isEmpty(); }, waitMs))
            return u"no sign-in address was shown: "_s + panel->statusLabel()->text();
        const QUrl address(panel->addressEdit()->text(), QUrl::StrictMode);
        if (opened.isEmpty()
            || opened.last().toString(QUrl::FullyEncoded) != panel->addressEdit()->text())
            return u"the browser was not sent to "_s + address.toString();
        QNetworkReply *reply = m_nam.get(QNetworkRequest(address)); // follows the 302
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, waitMs))
            return u"the browser got no answer"_s;
        const QString page = QString::fromUtf8(reply->readAll());
        const QUrl landed = reply->url();
        reply->deleteLater();
        if (landed.host() != u"127.0.0.1"_s || landed.path() != u"/callback"_s)
            return u"the browser did not come back to the console: "_s + landed.toString();
        return page;
    }

    QList<QUrl> opened;

public Q_SLOTS:
    void openUrl(const QUrl &url) { opened.append(url); }

private:
    QNetworkAccessManager m_nam;
};

// What a page says is wrong (its problem labels), for a failure's message.
inline QString problemsShown(QWidget *root)
{
    using namespace Qt::StringLiterals;
    QStringList said;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->objectName().endsWith(u"Problem"_s) && label->isVisibleTo(root))
            said << label->objectName() + u": "_s + label->text();
    }
    return said.join(u"; "_s);
}

// The calendar accounts the server holds for the user `api` is signed in as.
inline QJsonArray calendarAccountsOf(ApiClient &api)
{
    ApiClient::Request list;
    list.path = QStringLiteral("/api/v1/calendar/accounts");
    return replyItems(api.send(list));
}

struct CalendarConsole : PageConsole<CalendarsPage>
{
    using PageConsole::PageConsole;
    CalendarAccountsPanel *panel() const { return page()->accountsPanel(); }
    CalendarAccountModel *accounts() const { return panel()->accounts(); }
    int accountRow(const QString &name) const
    {
        for (int row = 0; row < accounts()->rowCount(); ++row)
            if (accounts()->item(row).name == name)
                return row;
        return -1;
    }
    QString cell(const QString &name, int column) const
    {
        const int row = accountRow(name);
        return row < 0 ? QString() : accounts()->index(row, column).data().toString();
    }
    int agendaRow(const QString &title) const
    {
        AgendaModel *agenda = page()->agenda();
        for (int row = 0; row < agenda->rowCount(); ++row)
            if (agenda->item(row).title == title)
                return row;
        return -1;
    }
    // How many appointments of the agenda have this title (an import made twice shows 2).
    int agendaCount(const QString &title) const
    {
        int count = 0;
        for (const appointments::Appointment &a : page()->agenda()->items())
            count += a.title == title ? 1 : 0;
        return count;
    }
    QString syncResult() const
    {
        return panel()->findChild<QLabel *>(QStringLiteral("syncResult"))->text();
    }
    QPushButton *button(const QString &name) const
    {
        return panel()->findChild<QPushButton *>(name);
    }
    // The connect wizard (1024×700) on the provider `flavour` ("google", "microsoft") and, when
    // it lets the person on, on its account step with `name` typed (unless empty); null if the
    // wizard did not open.
    QWizard *startWizard(const QString &flavour, const QString &name) const
    {
        auto *wizard = qobject_cast<QWizard *>(panel()->openConnectWizard());
        if (!wizard)
            return nullptr;
        wizard->resize(1024, 700);
        qobject_cast<CalendarProviderPage *>(wizard->page(CalendarProviderStep))->choose(flavour);
        if (!wizard->button(QWizard::NextButton)->isEnabled())
            return wizard;
        wizard->next();
        if (wizard->currentId() == CalendarAccountStep && !name.isEmpty())
            typeInto(wizard, "accountName", name);
        return wizard;
    }
};

} // namespace wedsync::test
