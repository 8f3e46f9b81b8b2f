// Role names, ranks and the seed's role inheritance table.
#include "Role.h"
#include "RoleHierarchy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

class TestRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wireNames_data();
    void wireNames();
    void unknownNamesAreRejected_data();
    void unknownNamesAreRejected();
    void allRolesInRankOrder();
    void minimumRole_data();
    void minimumRole();
    void inheritance_data();
    void inheritance();
    void inheritedRolesKeepSeedOrder();
    void masks();
};

void TestRole::wireNames_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("display");
    QTest::newRow("guest") << Role::Guest << u"guest"_s << u"Guest"_s;
    QTest::newRow("vendor") << Role::Vendor << u"vendor"_s << u"Vendor"_s;
    QTest::newRow("couple") << Role::Couple << u"couple"_s << u"Couple"_s;
    QTest::newRow("photographer") << Role::Photographer << u"photographer"_s << u"Photographer"_s;
    QTest::newRow("coordinator") << Role::Coordinator << u"coordinator"_s << u"Coordinator"_s;
    QTest::newRow("admin") << Role::Admin << u"admin"_s << u"Admin"_s;
}

void TestRole::wireNames()
{
    QFETCH(Role, role);
    QFETCH(QString, name);
    QFETCH(QString, display);
    QCOMPARE(roleName(role), name);
    QCOMPARE(roleFromName(name), std::optional<Role>(role));
    QCOMPARE(roleDisplayName(role), display);
}

void TestRole::unknownNamesAreRejected_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << u"Admin"_s;
    QTest::newRow("padded") << u" admin"_s;
    QTest::newRow("plural") << u"vendors"_s;
    QTest::newRow("unknown") << u"owner"_s;
}

void TestRole::unknownNamesAreRejected()
{
    QFETCH(QString, name);
    QVERIFY(!roleFromName(name).has_value());
}

void TestRole::allRolesInRankOrder()
{
    const QList<Role> roles = allRoles();
    QCOMPARE(roles.size(), RoleCount);
    QCOMPARE(roles.first(), Role::Guest);
    QCOMPARE(roles.last(), Role::Admin);
    for (qsizetype i = 0; i < roles.size(); ++i)
        QCOMPARE(roleRank(roles.at(i)), int(i));
}

void TestRole::minimumRole_data()
{
    QTest::addColumn<Role>("user");
    QTest::addColumn<Role>("minimum");
    QTest::addColumn<bool>("meets");
    QTest::newRow("guest vs guest") << Role::Guest << Role::Guest << true;
    QTest::newRow("guest vs vendor") << Role::Guest << Role::Vendor << false;
    QTest::newRow("couple vs vendor") << Role::Couple << Role::Vendor << true;
    QTest::newRow("vendor vs couple") << Role::Vendor << Role::Couple << false;
    QTest::newRow("photographer vs couple") << Role::Photographer << Role::Couple << true;
    QTest::newRow("photographer vs coordinator")
        << Role::Photographer << Role::Coordinator << false;
    QTest::newRow("admin vs coordinator") << Role::Admin << Role::Coordinator << true;
    QTest::newRow("coordinator vs admin") << Role::Coordinator << Role::Admin << false;
}

void TestRole::minimumRole()
{
    QFETCH(Role, user);
    QFETCH(Role, minimum);
    QFETCH(bool, meets);
    QCOMPARE(meetsMinimumRole(user, minimum), meets);
}

void TestRole::inheritance_data()
{
    QTest::addColumn<Role>("user");
    QTest::addColumn<Role>("other");
    QTest::addColumn<bool>("inherits");
    // The full 6 x 6 table, so a change to any cell fails here.
    const QList<QList<bool>> table = {
        // other: guest vendor couple photographer coordinator admin
        /* guest        */ {false, false, false, false, false, false},
        /* vendor       */ {false, false, false, false, false, false},
        /* couple       */ {false, false, false, false, false, false},
        /* photographer */ {false, true, false, false, false, false},
        /* coordinator  */ {false, true, false, true, false, false},
        /* admin        */ {true, true, true, true, true, false},
    };
    for (Role user : allRoles()) {
        for (Role other : allRoles()) {
            const QByteArray row
                = roleName(user).toLatin1() + " inherits " + roleName(other).toLatin1();
            QTest::newRow(row.constData())
                << user << other << table.at(roleRank(user)).at(roleRank(other));
        }
    }
}

void TestRole::inheritance()
{
    QFETCH(Role, user);
    QFETCH(Role, other);
    QFETCH(bool, inherits);
    QCOMPARE(inheritsFrom(user, other), inherits);
    QCOMPARE(inheritedRoles(user).contains(other), inherits);
    QCOMPARE((inheritedRoleMask(user) & roleBit(other)) != 0, inherits);
}

void TestRole::inheritedRolesKeepSeedOrder()
{
    QCOMPARE(inheritedRoles(Role::Admin),
             (QList<Role> {Role::Coordinator, Role::Photographer, Role::Couple, Role::Vendor,
                           Role::Guest}));
    QCOMPARE(inheritedRoles(Role::Coordinator), (QList<Role> {Role::Photographer, Role::Vendor}));
    QCOMPARE(inheritedRoles(Role::Photographer), QList<Role> {Role::Vendor});
    QVERIFY(inheritedRoles(Role::Couple).isEmpty());
    // A coordinator outranks the couple but does not see what the couple sees.
    QVERIFY(meetsMinimumRole(Role::Coordinator, Role::Couple));
    QVERIFY(!inheritsFrom(Role::Coordinator, Role::Couple));
}

void TestRole::masks()
{
    int unknown = -1;
    const RoleMask mask
        = roleMaskFromNames({u"admin"_s, u"Couple"_s, u"vendor"_s, u"vip"_s}, &unknown);
    QCOMPARE(unknown, 2);
    QCOMPARE(mask, RoleMask(roleBit(Role::Admin) | roleBit(Role::Vendor)));
    QCOMPARE(rolesInMask(mask), (QList<Role> {Role::Vendor, Role::Admin}));
    QCOMPARE(rolesInMask(AllRolesMask), allRoles());
    QCOMPARE(roleMaskFromNames({}), RoleMask(0));
}

QTEST_GUILESS_MAIN(TestRole)
#include "tst_role.moc"
