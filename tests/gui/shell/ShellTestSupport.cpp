#include "ShellTestSupport.h"

#include "ServerProcess.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "common/ConsolePage.h"
#include "common/ConsoleSettings.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationSwitcher.h"
#include "shell/SignInDialog.h"

#include <QAbstractItemView>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wedsync::test {

QString newProfileName()
{
    return u"gui-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

void removeProfile(const QString &profile)
{
    ConsoleSettings settings(profile);
    QFile::remove(settings.fileName());
    QDir(QFileInfo(settings.cacheFilePath(u"x"_s, u"y"_s)).absolutePath()).removeRecursively();
    QDir(settings.embeddedDataDir()).removeRecursively();
}

std::unique_ptr<ConsoleApp> makeConsole(const QUrl &server, const QString &profile)
{
    ConsoleOptions options;
    options.server = server;
    options.profile = profile;
    options.language = u"en"_s;
    options.serverExecutable = ServerProcess::executable();
    return std::make_unique<ConsoleApp>(options, /*scriptedPrompts*/ true);
}

void typeInto(QWidget *root, const char *objectName, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(QString::fromLatin1(objectName));
    QVERIFY2(edit, objectName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void submitSignIn(ConsoleApp &console, const QString &email, const QString &password)
{
    SignInDialog *dialog = console.signInDialog();
    QVERIFY(dialog->isVisible());
    typeInto(dialog, "email", email);
    typeInto(dialog, "password", password);
    auto *button = dialog->findChild<QPushButton *>(u"signInButton"_s);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(dialog->validationProblem()));
    QTest::mouseClick(button, Qt::LeftButton);
}

bool signInThroughDialog(ConsoleApp &console, const QString &email, const QString &password)
{
    QSignalSpy signedIn(&console, &ConsoleApp::signedIn);
    submitSignIn(console, email, password);
    if (QTest::currentTestFailed())
        return false;
    const bool done = QTest::qWaitFor(
        [&] { return signedIn.count() > 0 || !console.signInDialog()->errorText().isEmpty(); },
        30000);
    if (!done || signedIn.isEmpty()) {
        qWarning("sign-in failed: %s", qPrintable(console.signInDialog()->errorText()));
        return false;
    }
    return console.mainWindow()->isVisible() && !console.signInDialog()->isVisible();
}

bool currentPageShowsRows(ConsoleApp &console)
{
    ConsolePage *page = console.mainWindow()->currentPage();
    if (!page)
        return false;
    const auto views = page->findChildren<QAbstractItemView *>();
    return std::any_of(views.begin(), views.end(), [](QAbstractItemView *view) {
        return view->model() && view->model()->rowCount() > 0;
    });
}

std::unique_ptr<ConsoleApp> openSignedIn(const QUrl &server, const QString &profile,
                                         const QString &email, const QString &pageId,
                                         const QString &organizationId)
{
    auto console = makeConsole(server, profile);
    console->start();
    if (!signInThroughDialog(*console, email, DemoPassword))
        return {};
    MainWindow *window = console->mainWindow();
    if (!window->showPage(pageId)) {
        qWarning() << email << "has no" << pageId << "screen";
        return {};
    }
    OrganizationSwitcher *switcher = window->switcher();
    if (!QTest::qWaitFor([&] { return switcher->selectOrganization(organizationId); }, 20000)) {
        qWarning() << "the switcher does not offer" << organizationId << "to" << email;
        return {};
    }
    return console;
}

QJsonValue replyJson(ApiReply *reply)
{
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
        return {};
    const QJsonValue json = reply->ok() ? reply->json() : QJsonValue();
    reply->deleteLater();
    return json;
}

QJsonArray replyItems(ApiReply *reply)
{
    const QJsonValue json = replyJson(reply);
    return json.isArray() ? json.toArray() : json.toObject().value(u"items"_s).toArray();
}

QString signInAndFindOrganization(ApiClient &api, const QString &email, const QString &name)
{
    const QJsonObject login = replyJson(api.login(email, DemoPassword)).toObject();
    api.setAccessToken(login.value(u"accessToken"_s).toString());
    for (const QJsonValue &org : replyItems(api.organizations())) {
        if (org.toObject().value(u"name"_s).toString() == name)
            return org.toObject().value(u"id"_s).toString();
    }
    return {};
}

} // namespace wedsync::test
