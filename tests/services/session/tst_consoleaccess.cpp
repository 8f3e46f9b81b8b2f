// Which screens each kind of operator may open: the whole table, operator kind × screen, for
// the screens there are and the ones to come, read from GET /auth/me as the server answers it.
#include "session/ConsoleAccess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {
QJsonObject membership(const QString &role, const QString &org = u"Evergreen Weddings"_s)
{
    return {{u"organizationId"_s, QString(u"org-"_s + org.left(4).toLower())},
            {u"organizationName"_s, org},
            {u"role"_s, role}};
}

// /auth/me as the server writes it for each demo account kind.
QJsonObject meOf(const QString &kind)
{
    if (kind == u"platform admin")
        return {{u"consoleAccess"_s, true}, {u"platformStaff"_s, u"platform_admin"_s}};
    if (kind == u"support")
        return {{u"consoleAccess"_s, true}, {u"platformStaff"_s, u"support"_s}};
    if (kind == u"org admin")
        return {{u"consoleAccess"_s, true},
                {u"memberships"_s, QJsonArray {membership(u"admin"_s)}}};
    if (kind == u"coordinator")
        return {{u"consoleAccess"_s, true},
                {u"memberships"_s, QJsonArray {membership(u"coordinator"_s)}}};
    if (kind == u"vendor")
        return {{u"consoleAccess"_s, false},
                {u"memberships"_s, QJsonArray {membership(u"vendor"_s)}}};
    return {};
}
} // namespace

class tst_ConsoleAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screensByOperatorKind_data();
    void screensByOperatorKind();
    void kindFromMe_data();
    void kindFromMe();
    void adminOfOneCoordinatorOfAnotherIsAdmin();
    void screensAreListedInSidebarOrder();
    void everyScreenHasItsOwnPageId();
};

void tst_ConsoleAccess::screensByOperatorKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ConsoleScreen>("screen");
    QTest::addColumn<bool>("mayOpen");

    const struct
    {
        const char *kind;
        bool syncHealth, audit, layout, permissions, conflicts, suppliers, integrations, calendars,
            configuration;
    } table[] = {
        {"platform admin", true, true, true, true, true, true, true, true, true},
        // layouts, permissions, suppliers, integrations and settings read-only
        {"support", true, true, true, true, true, true, true, true, true},
        {"org admin", true, true, true, true, true, true, true, true, true},
        // coordinators read the CRM connections their admins made; settings are the admins'
        {"coordinator", false, false, true, true, false, true, true, true, false},
        {"vendor", false, false, false, false, false, false, false, false, false},
        {"nobody", false, false, false, false, false, false, false, false, false},
    };
    for (const auto &row : table) {
        const auto add = [&](const char *screenName, ConsoleScreen screen, bool expected) {
            QTest::addRow("%s × %s", row.kind, screenName)
                << QString::fromLatin1(row.kind) << screen << expected;
        };
        add("sync health", ConsoleScreen::SyncHealth, row.syncHealth);
        add("audit", ConsoleScreen::Audit, row.audit);
        add("layout editor", ConsoleScreen::LayoutEditor, row.layout);
        add("permissions", ConsoleScreen::Permissions, row.permissions);
        add("conflict center", ConsoleScreen::ConflictCenter, row.conflicts);
        add("suppliers", ConsoleScreen::Suppliers, row.suppliers);
        add("integrations", ConsoleScreen::Integrations, row.integrations);
        add("calendars", ConsoleScreen::Calendars, row.calendars);
        add("configuration", ConsoleScreen::Configuration, row.configuration);
    }
}

void tst_ConsoleAccess::screensByOperatorKind()
{
    QFETCH(QString, kind);
    QFETCH(ConsoleScreen, screen);
    QFETCH(bool, mayOpen);

    const ConsoleAccess access = consoleAccessFromMe(meOf(kind));
    QCOMPARE(access.mayOpen(screen), mayOpen);
    QCOMPARE(access.screens().contains(screen), mayOpen);
}

void tst_ConsoleAccess::kindFromMe_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<OperatorKind>("expected");
    QTest::addColumn<bool>("consoleAccess");
    QTest::addColumn<bool>("platformStaff");
    QTest::addColumn<QString>("roleText");

    QTest::newRow("platform admin") << u"platform admin"_s << OperatorKind::PlatformAdmin << true
                                    << true << u"Platform admin"_s;
    QTest::newRow("support") << u"support"_s << OperatorKind::Support << true << true
                             << u"Support"_s;
    QTest::newRow("org admin") << u"org admin"_s << OperatorKind::OrganizationAdmin << true << false
                               << u"Admin, Evergreen Weddings"_s;
    QTest::newRow("coordinator") << u"coordinator"_s << OperatorKind::Coordinator << true << false
                                 << u"Coordinator, Evergreen Weddings"_s;
    QTest::newRow("vendor") << u"vendor"_s << OperatorKind::NoAccess << false << false
                            << u"Vendor, Evergreen Weddings"_s;
    QTest::newRow("empty answer") << u"nobody"_s << OperatorKind::NoAccess << false << false
                                  << QString();
}

void tst_ConsoleAccess::kindFromMe()
{
    QFETCH(QString, kind);
    QFETCH(OperatorKind, expected);
    QFETCH(bool, consoleAccess);
    QFETCH(bool, platformStaff);
    QFETCH(QString, roleText);

    const ConsoleAccess access = consoleAccessFromMe(meOf(kind));
    QCOMPARE(access.kind, expected);
    QCOMPARE(access.consoleAccess, consoleAccess);
    QCOMPARE(access.platformStaff, platformStaff);
    QCOMPARE(access.roleText, roleText);
}

void tst_ConsoleAccess::adminOfOneCoordinatorOfAnotherIsAdmin()
{
    const QJsonObject me {
        {u"consoleAccess"_s, true},
        {u"memberships"_s,
         QJsonArray {membership(u"coordinator"_s, u"Lakeside Events"_s), membership(u"admin"_s)}}};
    const ConsoleAccess access = consoleAccessFromMe(me);
    QCOMPARE(access.kind, OperatorKind::OrganizationAdmin);
    QCOMPARE(access.role, u"admin"_s);
    QCOMPARE(access.organizationIds, QStringList({u"org-lake"_s, u"org-ever"_s}));
    QVERIFY(access.mayOpen(ConsoleScreen::Audit));
}

void tst_ConsoleAccess::screensAreListedInSidebarOrder()
{
    const ConsoleAccess admin = consoleAccessFromMe(meOf(u"platform admin"_s));
    QCOMPARE(admin.screens(), allConsoleScreens());
    const ConsoleAccess support = consoleAccessFromMe(meOf(u"support"_s));
    QCOMPARE(support.screens(),
             QList<ConsoleScreen>({ConsoleScreen::SyncHealth, ConsoleScreen::Audit,
                                   ConsoleScreen::LayoutEditor, ConsoleScreen::Permissions,
                                   ConsoleScreen::ConflictCenter, ConsoleScreen::Suppliers,
                                   ConsoleScreen::Integrations, ConsoleScreen::Calendars,
                                   ConsoleScreen::Configuration}));
}

void tst_ConsoleAccess::everyScreenHasItsOwnPageId()
{
    QSet<QString> ids;
    for (ConsoleScreen screen : allConsoleScreens()) {
        const QString id = consoleScreenPageId(screen);
        QVERIFY(!id.isEmpty());
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
    }
    // The built screens keep the ids the shell remembers as the last page.
    QCOMPARE(consoleScreenPageId(ConsoleScreen::SyncHealth), u"dashboard"_s);
    QCOMPARE(consoleScreenPageId(ConsoleScreen::Audit), u"audit"_s);
}

QTEST_GUILESS_MAIN(tst_ConsoleAccess)
#include "tst_consoleaccess.moc"
