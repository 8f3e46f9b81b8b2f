#pragma once
// For the shell's GUI tests: a console (the real ConsoleApp) on an isolated profile pointed at
// a real server, and the steps a user takes in the sign-in dialog, typed with QTest.

#include "ConsoleApp.h"
#include "common/ScriptedPrompts.h"
#include "shell/MainWindow.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QUrl>

#include <memory>

class QWidget;

namespace wedsync {
class ApiClient;
class ApiReply;
} // namespace wedsync

namespace wedsync::test {

inline const QString DemoPassword = QStringLiteral("demo-password");

// A fresh profile name; its files are removed by removeProfile().
QString newProfileName();
void removeProfile(const QString &profile);

// Not started yet; questions are answered by ScriptedPrompts.
std::unique_ptr<ConsoleApp> makeConsole(const QUrl &server, const QString &profile);

// Clears the line edit `objectName` under `root` and types `text` into it.
void typeInto(QWidget *root, const char *objectName, const QString &text);
// A console on `profile` pointed at `server`, started, signed in through the dialog as `email`
// (the demo password), showing `pageId` with `organizationId` chosen in the switcher; null, with
// a warning saying which step failed, otherwise.
std::unique_ptr<ConsoleApp> openSignedIn(const QUrl &server, const QString &profile,
                                         const QString &email, const QString &pageId,
                                         const QString &organizationId);
// Fills e-mail and password in the dialog and clicks "Sign in" (does not wait).
void submitSignIn(ConsoleApp &console, const QString &email, const QString &password);
// submitSignIn, then waits for the main window; false (with a QWARN of the dialog's error)
// if the dialog reported an error instead.
bool signInThroughDialog(ConsoleApp &console, const QString &email, const QString &password);
// The JSON of a reply once finished (waits up to 30 s; null when it failed); deletes it.
QJsonValue replyJson(ApiReply *reply);
// Its items: the list itself, or {items: [...]}.
QJsonArray replyItems(ApiReply *reply);
// Signs `api` in as `email` (the demo password); the id of the organization called `name` it
// sees, empty when signing in or finding it failed.
QString signInAndFindOrganization(ApiClient &api, const QString &email, const QString &name);

// Some list or table of the current page shows at least one row.
bool currentPageShowsRows(ConsoleApp &console);

// A console signed in on a profile of its own (openSignedIn), showing the page `pageId` of type
// P; the console and its profile's files go with it. `app` is null when signing in failed.
template<typename P> struct PageConsole
{
    PageConsole(const QUrl &server, const QString &email, const QString &pageId,
                const QString &organizationId)
        : profile(newProfileName())
        , app(openSignedIn(server, profile, email, pageId, organizationId))
        , m_pageId(pageId)
    { }
    PageConsole(const PageConsole &) = delete;
    PageConsole &operator=(const PageConsole &) = delete;
    ~PageConsole()
    {
        app.reset();
        removeProfile(profile);
    }
    P *page() const { return app ? qobject_cast<P *>(app->mainWindow()->page(m_pageId)) : nullptr; }
    // The console's questions (confirmations, file choices), answered by script.
    ScriptedPrompts *prompts() const { return static_cast<ScriptedPrompts *>(app->prompts()); }

    QString profile;
    std::unique_ptr<ConsoleApp> app;

private:
    QString m_pageId;
};

} // namespace wedsync::test
