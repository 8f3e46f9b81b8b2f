#include "ScreenshotScript.h"

#include "AuditTimelineModel.h"
#include "ConsoleApp.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "audit/AuditPage.h"
#include "backend/LocalBackend.h"
#include "common/ConsolePage.h"
#include "conflicts/ConflictsPage.h"
#include "help/HelpMenu.h"
#include "layout/LayoutPage.h"
#include "layout/LayoutPreviewPane.h"
#include "permissions/EvaluatePane.h"
#include "permissions/PermissionsPage.h"
#include "shell/ConnectionStatusBar.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationSwitcher.h"
#include "shell/ScreenshotRenderer.h"
#include "shell/SettingsDialog.h"
#include "shell/SignInDialog.h"
#include "suppliers/SuppliersPage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QListView>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
const QString DemoAccount = u"platform@wedsync.demo"_s;
const QString DemoPassword = u"demo-password"_s;

// Runs the event loop until `done` holds or `ms` passed; the script reads top to bottom.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

void pause(int ms)
{
    waitFor([] { return false; }, ms);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "wedsync-admin --screenshots: %s\n", qPrintable(message));
    return 1;
}

// Waits until `pageId` showed live data (not only the cache), at most `ms`.
bool waitForLiveData(MainWindow *window, const QString &pageId, int ms)
{
    ConsolePage *page = window->page(pageId);
    if (!page)
        return false;
    bool live = false;
    QObject::connect(page, &ConsolePage::dataUpdated, page,
                     [&live](const QDateTime &, bool fromCache) { live = live || !fromCache; });
    window->showPage(pageId);
    const bool ok = waitFor([&live] { return live; }, ms);
    QObject::disconnect(page, &ConsolePage::dataUpdated, page, nullptr);
    pause(300); // charts animate in and live events settle
    return ok;
}

// The reply's JSON once it finished well; empty on failure. The reply is released.
QJsonValue answer(ApiReply *reply)
{
    waitFor([reply] { return reply->isFinished(); }, 15000);
    const QJsonValue json = reply->ok() ? reply->json() : QJsonValue();
    reply->deleteLater();
    return json;
}

QJsonArray items(const QJsonValue &json)
{
    return json.isArray() ? json.toArray() : json.toObject().value(u"items"_s).toArray();
}

// One real edit as the signed-in user, so the audit trail shows an update with before/after:
// the first section of the first organization gets a new title. Returns "" or what failed.
QString retitleASection(ApiClient *api)
{
    const QJsonArray organizations = items(answer(api->organizations()));
    if (organizations.isEmpty())
        return u"no organization to edit"_s;
    const QString organizationId = organizations.first().toObject().value(u"id"_s).toString();
    const QJsonArray sections = items(answer(api->sections(organizationId)));
    if (sections.isEmpty())
        return u"no section to edit"_s;
    const QJsonObject section = sections.first().toObject();
    const QString current
        = section.value(u"customization"_s).toObject().value(u"title"_s).toString();
    const QString title
        = current == u"Wedding day timeline"_s ? u"Order of the day"_s : u"Wedding day timeline"_s;
    ApiReply *patch
        = api->patchSection(section.value(u"id"_s).toString(),
                            QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, title}}}},
                            section.value(u"version"_s).toInteger());
    waitFor([patch] { return patch->isFinished(); }, 15000);
    const bool ok = patch->ok();
    const QString failure = ok ? QString() : u"PATCH failed: %1"_s.arg(patch->status());
    patch->deleteLater();
    return failure;
}

// The wedding-day dashboard of Evergreen's couple marrying today, chosen in the switcher, as
// a planner opens it. Returns "" or what failed.
QString chooseWeddingDay(MainWindow *window, ApiClient *api)
{
    QString organizationId;
    for (const QJsonValue &org : items(answer(api->organizations()))) {
        if (org.toObject().value(u"name"_s).toString() == u"Evergreen Weddings")
            organizationId = org.toObject().value(u"id"_s).toString();
    }
    QString weddingId;
    for (const QJsonValue &wedding : items(answer(api->weddings(organizationId)))) {
        if (wedding.toObject().value(u"coupleName"_s).toString() == u"Sophia & James")
            weddingId = wedding.toObject().value(u"id"_s).toString();
    }
    if (organizationId.isEmpty() || weddingId.isEmpty())
        return u"the demo's wedding-day dashboard is missing"_s;
    OrganizationSwitcher *switcher = window->switcher();
    if (!waitFor([&] { return switcher->selectOrganization(organizationId); }, 15000)
        || !waitFor([&] { return switcher->selectWedding(weddingId); }, 15000))
        return u"the switcher does not offer the wedding-day dashboard"_s;
    return {};
}

// Something for the wedding's timeline to tell, as the signed-in user: one of the wedding's
// sections renamed and its photographer's submitted requirements approved. Best effort: the
// timeline is shown with whatever story the demo has.
void writeWeddingStory(ApiClient *api, const QString &organizationId, const QString &weddingId)
{
    const QJsonArray sections = items(answer(api->sectionsInScope(organizationId, weddingId)));
    for (const QJsonValue &value : sections) {
        const QJsonObject section = value.toObject();
        if (section.value(u"weddingId"_s).toString() != weddingId)
            continue;
        answer(api->patchSection(
            section.value(u"id"_s).toString(),
            QJsonObject {{u"customization"_s, QJsonObject {{u"title"_s, u"Ceremony run sheet"_s}}}},
            section.value(u"version"_s).toInteger()));
        break;
    }
    const QString suppliers = u"/api/v1/organizations/"_s + organizationId + u"/suppliers"_s;
    ApiClient::Request list;
    list.path = suppliers;
    list.query.addQueryItem(u"limit"_s, u"100"_s);
    for (const QJsonValue &supplier : items(answer(api->send(list)))) {
        if (supplier.toObject().value(u"email"_s).toString() != u"photo@evergreen.demo")
            continue;
        ApiClient::Request requirements;
        requirements.path
            = suppliers + u'/' + supplier.toObject().value(u"id"_s).toString() + u"/requirements"_s;
        for (const QJsonValue &record : items(answer(api->send(requirements)))) {
            if (record.toObject().value(u"status"_s).toString() != u"submitted")
                continue;
            ApiClient::Request approve;
            approve.method = "PATCH";
            approve.path
                = requirements.path + u'/' + record.toObject().value(u"requirementId"_s).toString();
            approve.body = QJsonObject {{u"status"_s, u"approved"_s}};
            approve.ifMatch = QString::number(record.toObject().value(u"version"_s).toInteger());
            answer(api->send(approve));
        }
    }
}

// The audit screen as the chosen wedding's timeline (its section changes, its photographer's
// compliance steps), the newest entry selected with its before/after.
QString renderTimeline(MainWindow *window, ApiClient *api, ScreenshotRenderer &renderer,
                       const QString &suffix)
{
    auto *page = qobject_cast<AuditPage *>(window->page(u"audit"_s));
    if (!page)
        return u"there is no audit screen"_s;
    if (suffix.isEmpty())
        writeWeddingStory(api, window->switcher()->organizationId(),
                          window->switcher()->weddingId());
    // Asked again once the story is written, and chosen from once the server has answered.
    bool live = false;
    QObject::connect(page, &ConsolePage::dataUpdated, page,
                     [&live](const QDateTime &, bool fromCache) { live = live || !fromCache; });
    window->showPage(u"audit"_s);
    page->refresh();
    AuditTimelineModel *timeline = page->timelineModel();
    const bool shown
        = waitFor([&] { return live && page->showsTimeline() && timeline->rowCount() > 1; }, 15000);
    QObject::disconnect(page, &ConsolePage::dataUpdated, page, nullptr);
    if (!shown)
        return u"the wedding's timeline stayed empty"_s;
    pause(300);
    for (int row = 0; row < timeline->rowCount(); ++row) {
        if (!timeline->isDayHeader(row)) {
            page->timelineView()->setCurrentIndex(timeline->index(row));
            break;
        }
    }
    pause(300);
    if (!renderer.renderWindow(window, u"audit-timeline"_s + suffix))
        return renderer.errorString();
    return {};
}

// The layout editor with a tile selected, then its preview as a vendor on the wedding day.
QString renderLayout(MainWindow *window, ScreenshotRenderer &renderer, const QString &suffix)
{
    auto *page = qobject_cast<LayoutPage *>(window->page(u"layout"_s));
    if (!page)
        return u"there is no layout screen"_s;
    window->showPage(u"layout"_s);
    if (!waitFor([page] { return page->showExample(); }, 15000))
        return u"the layout screen showed no sections"_s;
    page->showPane(u"section"_s);
    pause(200);
    if (!renderer.renderWindow(window, u"layout"_s + suffix))
        return renderer.errorString();
    page->showPane(u"preview"_s);
    page->previewPane()->setPreviewFor(Role::Vendor, WeddingPhase::WeddingDay);
    pause(200);
    if (!renderer.renderWindow(window, u"layout-preview"_s + suffix))
        return renderer.errorString();
    page->showPane(u"section"_s);
    return {};
}

// The permission matrix of the same dashboard with a vendor cell selected and its findings,
// then Evaluate as the vendor on the wedding day.
QString renderPermissions(MainWindow *window, ScreenshotRenderer &renderer, const QString &suffix)
{
    auto *page = qobject_cast<PermissionsPage *>(window->page(u"permissions"_s));
    if (!page)
        return u"there is no permissions screen"_s;
    window->showPage(u"permissions"_s);
    // The organization's default: every section, grants inherited through the hierarchy.
    window->switcher()->selectWedding({});
    if (!waitFor([page] { return page->model()->rowCount() > 2 && page->showExample(); }, 15000))
        return u"the permissions screen showed no sections"_s;
    page->showPane(u"findings"_s);
    pause(200);
    if (!renderer.renderWindow(window, u"permissions"_s + suffix))
        return renderer.errorString();
    page->showPane(u"evaluate"_s);
    page->evaluatePane()->evaluateFor({}, Role::Vendor);
    if (!page->evaluatePane()->chooseWedding(u"Sophia & James"_s))
        return u"Evaluate does not offer the wedding-day wedding"_s;
    page->evaluatePane()->setMomentToWeddingDay();
    pause(200);
    if (!renderer.renderWindow(window, u"permissions-evaluate"_s + suffix))
        return renderer.errorString();
    page->showPane(u"findings"_s);
    return {};
}

// The conflict center with the demo's budget conflict open and its first field chosen.
QString renderConflicts(MainWindow *window, ScreenshotRenderer &renderer, const QString &suffix)
{
    auto *page = qobject_cast<ConflictsPage *>(window->page(u"conflicts"_s));
    if (!page)
        return u"there is no conflicts screen"_s;
    window->showPage(u"conflicts"_s);
    if (!waitFor([page] { return page->showExample(); }, 15000))
        return u"the conflicts screen showed no conflict with fields to choose"_s;
    pause(300);
    if (!renderer.renderWindow(window, u"conflicts"_s + suffix))
        return renderer.errorString();
    return {};
}

// Supplier compliance with the oldest submission of the review queue open.
QString renderSuppliers(MainWindow *window, ScreenshotRenderer &renderer, const QString &suffix)
{
    auto *page = qobject_cast<SuppliersPage *>(window->page(u"suppliers"_s));
    if (!page)
        return u"there is no suppliers screen"_s;
    window->showPage(u"suppliers"_s);
    if (!waitFor([page] { return page->showExample(); }, 15000))
        return u"the suppliers screen showed no submission to review"_s;
    pause(300);
    if (!renderer.renderWindow(window, u"suppliers"_s + suffix))
        return renderer.errorString();
    return {};
}

// A screen with its first example chosen: the CRM connections with the first one's jobs and the
// log of its latest job, the settings with their first field and why it has its value.
QString renderByExample(MainWindow *window, ScreenshotRenderer &renderer, const QString &pageId,
                        const QString &suffix)
{
    ConsolePage *page = window->page(pageId);
    if (!page)
        return u"there is no %1 screen"_s.arg(pageId);
    window->showPage(pageId);
    if (!waitFor([page] { return page->showExample(); }, 15000))
        return u"the %1 screen showed nothing to choose"_s.arg(pageId);
    pause(500);
    if (!renderer.renderWindow(window, pageId + suffix))
        return renderer.errorString();
    return {};
}

} // namespace

QStringList ScreenshotScript::shotNames()
{
    return {u"sign-in"_s,
            u"dashboard"_s,
            u"audit"_s,
            u"audit-timeline"_s,
            u"layout"_s,
            u"layout-preview"_s,
            u"permissions"_s,
            u"permissions-evaluate"_s,
            u"conflicts"_s,
            u"suppliers"_s,
            u"integrations"_s,
            u"configuration"_s,
            u"settings"_s,
            u"sign-in-es"_s,
            u"dashboard-es"_s,
            u"audit-es"_s,
            u"audit-timeline-es"_s,
            u"layout-es"_s,
            u"layout-preview-es"_s,
            u"permissions-es"_s,
            u"permissions-evaluate-es"_s,
            u"conflicts-es"_s,
            u"suppliers-es"_s,
            u"integrations-es"_s,
            u"configuration-es"_s,
            u"settings-es"_s,
            u"dashboard-dark"_s,
            u"audit-dark"_s,
            u"layout-dark"_s,
            u"permissions-dark"_s,
            u"conflicts-dark"_s,
            u"suppliers-dark"_s,
            u"integrations-dark"_s,
            u"configuration-dark"_s,
            u"settings-dark"_s,
            u"help-guide"_s,
            u"help-shortcuts"_s};
}

int ScreenshotScript::run(const ConsoleOptions &given)
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"wedsync.*.debug=false"_s);
    // Nothing of the user's: settings, caches and the server's data live in a temporary folder.
    QTemporaryDir temp;
    if (!temp.isValid())
        return fail(u"cannot create a temporary folder: "_s + temp.errorString());
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QDir(temp.path()).filePath(QString::fromLatin1(variable)).toUtf8());

    ConsoleOptions options = given;
    options.server = {};
    options.profile = u"screenshots"_s;
    options.language = u"en"_s;
    const QString folder = QDir(options.screenshotsDir).absolutePath();
    {
        ConsoleSettings settings(options.profile);
        settings.setTheme(ThemeChoice::Light);
        settings.setUseEmbeddedServer(true);
        settings.setWindow({}, {});
        settings.sync();
    }

    ConsoleApp console(options, /*scriptedPrompts*/ true);
    console.start();
    MainWindow *window = console.mainWindow();
    SignInDialog *signIn = console.signInDialog();
    ScreenshotRenderer renderer(folder);
    if (!console.backend())
        return fail(u"wedsync-server was not found next to wedsync-admin."_s);
    QString backendError;
    QObject::connect(console.backend(), &LocalBackend::failed, &console,
                     [&backendError](const QString &message) { backendError = message; });
    if (!waitFor([&] { return !console.backend()->url().isEmpty() || !backendError.isEmpty(); },
                 60000)
        || !backendError.isEmpty())
        return fail(u"the built-in server did not start: "_s + backendError);
    signIn->setEmbeddedServer(console.backend()->url());

    signIn->setEmail(DemoAccount);
    signIn->setPassword(DemoPassword);
    if (!renderer.renderDialog(window, signIn, u"sign-in"_s))
        return fail(renderer.errorString());
    bool signedIn = false;
    QObject::connect(&console, &ConsoleApp::signedIn, &console, [&signedIn] { signedIn = true; });
    const auto signInAgain = [&]() -> QString {
        signedIn = false;
        signIn->setEmail(DemoAccount);
        signIn->setPassword(DemoPassword);
        console.signIn(signIn->request());
        if (!waitFor([&] { return signedIn || !signIn->errorText().isEmpty(); }, 30000)
            || !signedIn)
            return u"signing in as "_s + DemoAccount + u" failed: "_s + signIn->errorText();
        waitFor(
            [&] {
                return window->connectionStatus()->connectionState() == ConnectionState::Online;
            },
            10000);
        return {};
    };
    const auto renderPages = [&](const QString &suffix) -> QString {
        for (const QString &pageId : {u"dashboard"_s, u"audit"_s}) {
            if (!waitForLiveData(window, pageId, 15000))
                return u"the %1 screen showed no live data"_s.arg(pageId);
            // The dashboard's newest event, the audit trail's edit made before (with its
            // before/after once the trail has it).
            ConsolePage *page = window->page(pageId);
            waitFor([page] { return page->showExample(); }, 10000);
            pause(200);
            if (!renderer.renderWindow(window, pageId + suffix))
                return renderer.errorString();
        }
        if (const QString error = chooseWeddingDay(window, console.api()); !error.isEmpty())
            return error;
        if (const QString error = renderTimeline(window, console.api(), renderer, suffix);
            !error.isEmpty())
            return error;
        if (const QString error = renderLayout(window, renderer, suffix); !error.isEmpty())
            return error;
        if (const QString error = renderPermissions(window, renderer, suffix); !error.isEmpty())
            return error;
        if (const QString error = renderConflicts(window, renderer, suffix); !error.isEmpty())
            return error;
        if (const QString error = renderSuppliers(window, renderer, suffix); !error.isEmpty())
            return error;
        for (const QString &pageId : {u"integrations"_s, u"configuration"_s}) {
            if (const QString error = renderByExample(window, renderer, pageId, suffix);
                !error.isEmpty())
                return error;
        }
        console.showSettings();
        const bool ok
            = renderer.renderDialog(window, console.settingsDialog(), u"settings"_s + suffix);
        console.settingsDialog()->hide();
        return ok ? QString() : renderer.errorString();
    };

    if (const QString error = signInAgain(); !error.isEmpty())
        return fail(error);
    if (const QString error = retitleASection(console.api()); !error.isEmpty())
        return fail(error);
    if (const QString error = renderPages({}); !error.isEmpty())
        return fail(error);

    console.setTheme(ThemeChoice::Dark);
    for (const QString &pageId :
         {u"dashboard"_s, u"audit"_s, u"layout"_s, u"permissions"_s, u"conflicts"_s, u"suppliers"_s,
          u"integrations"_s, u"configuration"_s}) {
        window->showPage(pageId);
        pause(300);
        if (!renderer.renderWindow(window, pageId + u"-dark"_s))
            return fail(renderer.errorString());
    }
    console.settingsDialog()->setTheme(ThemeChoice::Dark); // as Settings shows it when opened
    if (!renderer.renderDialog(window, console.settingsDialog(), u"settings-dark"_s))
        return fail(renderer.errorString());
    console.setTheme(ThemeChoice::Light);

    // Help: the guide inside the console, and every shortcut.
    window->helpMenu()->showGuide();
    if (!renderer.renderDialog(window, window->findChild<QDialog *>(u"userGuideDialog"_s),
                               u"help-guide"_s))
        return fail(renderer.errorString());
    window->helpMenu()->showShortcuts();
    if (!renderer.renderDialog(window, window->findChild<QDialog *>(u"shortcutsDialog"_s),
                               u"help-shortcuts"_s))
        return fail(renderer.errorString());

    // In Spanish, the way a Spanish-speaking user sees it: the screens built in Spanish.
    console.setLanguage(u"es"_s);
    console.signOut();
    signIn->showNotice({});
    signIn->setEmail(DemoAccount);
    signIn->setPassword(DemoPassword);
    if (!renderer.renderDialog(window, signIn, u"sign-in-es"_s))
        return fail(renderer.errorString());
    if (const QString error = signInAgain(); !error.isEmpty())
        return fail(error);
    if (const QString error = renderPages(u"-es"_s); !error.isEmpty())
        return fail(error);

    std::printf("wrote %d screenshots to %s\n", int(renderer.written().size()), qPrintable(folder));
    return 0;
}

} // namespace wedsync
