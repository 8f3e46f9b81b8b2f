// The conflict center as the Conflicts page shows it, on the offscreen platform in a window the
// size of a laptop screen: a page of open conflicts as the server sends it (GET
// /sync/conflicts, JSON) decoded, listed and first painted; a conflict chosen until its
// field-by-field merge is painted; and every row closed one by one as resolutions arriving live
// remove them. The server side of the same figures (10,000 open conflicts: list, filter, bulk
// resolution of 1,000) is bench_conflicts'. Prints a table; not a test.
//
//   bench_conflictlistpaint [--conflicts 500] [--runs 20] [--fields 12]
#include "PermissionBenchSupport.h"
#include "ServerUnderTest.h"
#include "ViewPaintCounter.h"

#include "Clock.h"
#include "ConflictItem.h"
#include "ConflictListModel.h"
#include "api/ApiClient.h"
#include "common/ScriptedPrompts.h"
#include "conflicts/ConflictDetailPane.h"
#include "conflicts/ConflictFeed.h"
#include "conflicts/ConflictResolutions.h"
#include "conflicts/ConflictsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTest>
#include <QUuid>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::bench;

namespace {

// One open conflict on a section as the API sends it: `fields` customization fields, a third of
// them changed differently on both sides, a third on one side only.
QJsonObject conflictJson(int i, int fields, const QDateTime &now)
{
    QJsonObject base, mine, theirs;
    for (int f = 0; f < fields; ++f) {
        const QString key = u"field%1"_s.arg(f);
        base.insert(key, u"value %1"_s.arg(f));
        mine.insert(key, f % 3 == 0 ? u"mine %1"_s.arg(f) : u"value %1"_s.arg(f));
        theirs.insert(key, f % 3 != 2 ? u"theirs %1"_s.arg(f) : u"value %1"_s.arg(f));
    }
    const auto section = [&](const QJsonObject &customization, int version) {
        return QJsonObject {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {u"version"_s, version},
                            {u"customization"_s, customization}};
    };
    QStringList conflicting;
    for (int f = 0; f < fields; f += 3)
        conflicting << u"customization.field%1"_s.arg(f);
    return {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"organizationId"_s, u"org-%1"_s.arg(i % 40)},
            {u"source"_s, i % 2 ? u"offline_edit"_s : u"concurrent_save"_s},
            {u"entityType"_s, u"section_configuration"_s},
            {u"entityId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"label"_s, u"Section %1"_s.arg(i)},
            {u"status"_s, u"open"_s},
            {u"conflictFields"_s, QJsonArray::fromStringList(conflicting)},
            {u"changedFields"_s,
             QJsonObject {{u"mine"_s, 0}, {u"theirs"_s, fields / 3}, {u"conflict"_s, fields / 3}}},
            {u"mineBy"_s, u"user-%1"_s.arg(i % 7)},
            {u"mineAt"_s, now.addSecs(-600 - i).toString(Qt::ISODateWithMs)},
            {u"theirsBy"_s, u"user-%1"_s.arg(i % 5)},
            {u"theirsAt"_s, now.addSecs(-300 - i).toString(Qt::ISODateWithMs)},
            {u"createdAt"_s, now.addSecs(-300 - i).toString(Qt::ISODateWithMs)},
            {u"base"_s, section(base, 3)},
            {u"mine"_s, section(mine, 3)},
            {u"theirs"_s, section(theirs, 4)}};
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The page with its real feed and resolutions over a client that points nowhere (nothing is
// asked: the page is never activated; the feed's answers are given by hand).
struct Screen
{
    QNetworkAccessManager network;
    ApiClient api {&network};
    SystemClock clock;
    ScriptedPrompts prompts;
    ConflictFeed feed {&api, nullptr, nullptr, nullptr};
    ConflictResolutions resolutions {&api, &feed};
    QWidget window;
    ConflictsPage *page;
    std::unique_ptr<ViewPaintCounter> list;
    std::unique_ptr<ViewPaintCounter> merge;

    Screen()
    {
        api.setBaseUrl(QUrl(u"http://127.0.0.1:9"_s));
        window.resize(1280, 800);
        auto *box = new QVBoxLayout(&window);
        page = new ConflictsPage(&feed, &resolutions, &prompts, &clock, &window);
        box->addWidget(page);
        list = std::make_unique<ViewPaintCounter>(page->view());
        merge = std::make_unique<ViewPaintCounter>(page->details()->view());
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            die(u"the window was never exposed"_s);
        QTest::qWait(20);
    }
    ~Screen()
    {
        list.reset();
        merge.reset();
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Conflict center: list first paint, merge, live removal."_s);
    parser.addHelpOption();
    const QCommandLineOption countOpt(u"conflicts"_s,
                                      u"Conflicts listed (default 500, the "
                                      "server's page)."_s,
                                      u"n"_s, u"500"_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"Runs (default 20)."_s, u"n"_s, u"20"_s);
    const QCommandLineOption fieldsOpt(u"fields"_s, u"Fields per conflict (default 12)."_s, u"n"_s,
                                       u"12"_s);
    parser.addOptions({countOpt, runsOpt, fieldsOpt});
    parser.process(app);
    const int count = qMax(2, parser.value(countOpt).toInt());
    const int runs = qMax(1, parser.value(runsOpt).toInt());
    const int fields = qMax(3, parser.value(fieldsOpt).toInt());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray page;
    for (int i = 0; i < count; ++i)
        page.append(conflictJson(i, fields, now));
    const QByteArray body = QJsonDocument(QJsonObject {{u"items"_s, page}, {u"total"_s, 10'000}})
                                .toJson(QJsonDocument::Compact);
    out() << "bench_conflictlistpaint: " << count << " open conflicts of " << fields << " fields ("
          << body.size() / 1024 << " KiB of JSON), platform " << QGuiApplication::platformName()
          << ", Qt " << qVersion() << "; load average " << loadAverage() << "\n\n";

    Figure decoded {u"JSON page -> conflicts decoded"_s, {}, {}};
    Figure painted {u"JSON page -> first painted list"_s, {}, {}};
    Figure opened {u"a conflict chosen -> its merge painted"_s, {}, {}};
    Figure removed {u"a conflict closed live -> list repainted"_s, {}, {}};
    for (int run = 0; run < runs; ++run) {
        Screen screen;
        int before = screen.list->paints;
        QElapsedTimer timer;
        timer.start();
        QList<ConflictItem> items;
        items.reserve(count);
        for (const QJsonValue &item :
             QJsonDocument::fromJson(body).object().value(u"items"_s).toArray()) {
            if (auto one = conflictItemFromJson(item.toObject()))
                items.append(one.value());
        }
        decoded.ms << msSince(timer);
        Q_EMIT screen.feed.listLoaded(items, 10'000, false);
        screen.list->waitForPaint(before, "listing the conflicts");
        painted.ms << msSince(timer);
        if (screen.page->model()->rowCount() != count)
            die(u"%1 rows listed, not %2"_s.arg(screen.page->model()->rowCount()).arg(count));
        QTest::qWait(50);

        // Down the list: each conflict chosen until its merge is on screen.
        for (int row = 0; row < 10; ++row) {
            before = screen.merge->paints;
            timer.restart();
            screen.page->view()->selectRow(row);
            screen.merge->waitForPaint(before, "choosing a conflict");
            opened.ms << msSince(timer);
        }
        // Closed elsewhere, one after another: each leaves the list.
        for (int i = 0; i < 10; ++i) {
            before = screen.list->paints;
            timer.restart();
            Q_EMIT screen.feed.closed({screen.page->model()->item(0).id});
            screen.list->waitForPaint(before, "a conflict closed");
            removed.ms << msSince(timer);
        }
    }
    decoded.note = u"%1 conflicts"_s.arg(count);
    painted.note = u"decode + list + paint"_s;
    opened.note = u"%1 fields, %2 to choose"_s.arg(fields).arg((fields + 2) / 3);
    printTable({decoded, painted, opened, removed});
    out() << "\nload average after: " << loadAverage() << '\n';
    return 0;
}
