// Section validation and sanitization: a planner must be told exactly which field is wrong and
// why, and a long or messy title must be cleaned without mangling what they typed.
#include "SectionValidator.h"

#include "Role.h"
#include "WeddingPhase.h"

#include <QTest>

#include <functional>

using namespace wedsync;
using namespace Qt::StringLiterals;

using Mutation = std::function<void(SectionConfig &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

SectionConfig validSection()
{
    SectionConfig s;
    s.id = u"a3bb189e-8bf9-3888-9912-ace4e6543002"_s;
    s.organizationId = u"7c9e6679-7425-40de-944b-e07fc1f90ae7"_s;
    s.weddingId = u"16fd2706-8baf-433b-82eb-8c7fada847da"_s;
    s.sectionType = u"guest_list"_s;
    s.visibility.roles = {u"admin"_s, u"coordinator"_s, u"couple"_s};
    s.visibility.weddingPhases = {u"planning"_s, u"pre_wedding"_s};
    s.visibility.hasWeddingPhases = true;
    s.layout = {2, u"medium"_s, 6, {}};
    s.customization.title = u"Guests"_s;
    s.customization.subtitle = u"RSVPs and seating"_s;
    s.customization.color = u"#D4A5A5"_s;
    s.customization.icon = u"users"_s;
    s.permissions.canView = {u"admin"_s, u"coordinator"_s, u"couple"_s};
    s.permissions.canEdit = {u"admin"_s, u"coordinator"_s};
    s.permissions.canHide = {u"admin"_s};
    return s;
}

QString repeated(const QString &unit, int times)
{
    return unit.repeated(times);
}

QString describe(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field + u": "_s + e.message);
    return out.join(u" | ");
}

const QString Grin = u"😀"_s; // one code point, two UTF-16 units
const QString Family = u"👨\u200D👩\u200D👧"_s; // five code points, one character
const QString France = u"🇫🇷"_s; // two regional indicators, one character
const QString DecomposedE = u"e\u0301"_s; // e + combining acute, one character

} // namespace

class TestSectionValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validSectionPasses();
    void everyRoleAndPhaseIsAccepted_data();
    void everyRoleAndPhaseIsAccepted();
    void rejects_data();
    void rejects();
    void boundariesAccepted_data();
    void boundariesAccepted();
    void reportsEveryProblemAtOnce();
    void validatedSectionResult();
    void titleSanitization_data();
    void titleSanitization();
    void sanitizationTrimsButKeepsEnumerations();
    void sanitizedLongTitlePassesValidation();
    void sanitizedHugeTitleIsStillRefused();
    void userCharacterCount_data();
    void userCharacterCount();
};

void TestSectionValidator::validSectionPasses()
{
    const QList<FieldError> errors = validateSection(validSection());
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

void TestSectionValidator::everyRoleAndPhaseIsAccepted_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("phase");
    for (int i = 0; i < RoleCount; ++i) {
        const QString role = roleName(allRoles().at(i));
        const QString phase = weddingPhaseName(allWeddingPhases().at(i % WeddingPhaseCount));
        QTest::newRow(qPrintable(role)) << role << phase;
    }
}

void TestSectionValidator::everyRoleAndPhaseIsAccepted()
{
    QFETCH(QString, role);
    QFETCH(QString, phase);
    SectionConfig s = validSection();
    s.visibility.roles = {role};
    s.visibility.weddingPhases = {phase};
    s.permissions.canView = s.permissions.canEdit = s.permissions.canHide = {role};
    const QList<FieldError> errors = validateSection(s);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

void TestSectionValidator::rejects_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("mentions"); // what the message must name

    QStringList allRoleNames;
    for (Role r : allRoles())
        allRoleNames.append(roleName(r));
    QStringList allPhaseNames;
    for (WeddingPhase p : allWeddingPhases())
        allPhaseNames.append(weddingPhaseName(p));

    auto row = [](const char *name, Mutation m, const QString &field, const QStringList &mentions) {
        QTest::newRow(name) << m << field << mentions;
    };

    row(
        "unknown visibility role",
        [](SectionConfig &s) { s.visibility.roles.append(u"planner"_s); }, u"visibility.roles[3]"_s,
        QStringList {u"planner"_s} + allRoleNames);
    row("role in the wrong case", [](SectionConfig &s) { s.visibility.roles[0] = u"Admin"_s; },
        u"visibility.roles[0]"_s, {u"Admin"_s, u"admin"_s});
    row(
        "unknown canEdit role", [](SectionConfig &s) { s.permissions.canEdit = {u"superuser"_s}; },
        u"permissions.canEdit[0]"_s, QStringList {u"superuser"_s} + allRoleNames);
    row("unknown canView role", [](SectionConfig &s) { s.permissions.canView[2] = u"bride"_s; },
        u"permissions.canView[2]"_s, {u"bride"_s, u"couple"_s});
    row(
        "empty canHide role",
        [](SectionConfig &s) {
            s.permissions.canHide = {u"admin"_s, QString()};
        },
        u"permissions.canHide[1]"_s, allRoleNames);
    row(
        "unknown phase", [](SectionConfig &s) { s.visibility.weddingPhases[1] = u"honeymoon"_s; },
        u"visibility.weddingPhase[1]"_s, QStringList {u"honeymoon"_s} + allPhaseNames);
    row("phase with a dash",
        [](SectionConfig &s) { s.visibility.weddingPhases = {u"pre-wedding"_s}; },
        u"visibility.weddingPhase[0]"_s, {u"pre-wedding"_s, u"pre_wedding"_s});
    row("size huge", [](SectionConfig &s) { s.layout.size = u"huge"_s; }, u"layout.size"_s,
        {u"huge"_s, u"small"_s, u"medium"_s, u"large"_s, u"full"_s});
    row("size empty", [](SectionConfig &s) { s.layout.size.clear(); }, u"layout.size"_s,
        {u"full"_s});
    row("size capitalised", [](SectionConfig &s) { s.layout.size = u"Large"_s; }, u"layout.size"_s,
        {u"Large"_s});
    row("columns 0", [](SectionConfig &s) { s.layout.columns = 0; }, u"layout.columns"_s,
        {u"1"_s, u"12"_s});
    row("columns 13", [](SectionConfig &s) { s.layout.columns = 13; }, u"layout.columns"_s,
        {u"13"_s, u"12"_s});
    row("columns negative", [](SectionConfig &s) { s.layout.columns = -4; }, u"layout.columns"_s,
        {u"-4"_s});
    row("position negative", [](SectionConfig &s) { s.layout.position = -1; }, u"layout.position"_s,
        {u"-1"_s});
    row("sectionType empty", [](SectionConfig &s) { s.sectionType.clear(); }, u"sectionType"_s, {});
    row("sectionType blank", [](SectionConfig &s) { s.sectionType = u"   "_s; }, u"sectionType"_s,
        {});
    row("sectionType with spaces", [](SectionConfig &s) { s.sectionType = u"Guest List"_s; },
        u"sectionType"_s, {u"Guest List"_s, u"guest_list"_s});
    row("sectionType with SQL", [](SectionConfig &s) { s.sectionType = u"x'; DROP TABLE s;--"_s; },
        u"sectionType"_s, {u"x'; DROP TABLE s;--"_s});
    row("sectionType starting with a digit",
        [](SectionConfig &s) { s.sectionType = u"1st_look"_s; }, u"sectionType"_s, {u"1st_look"_s});
    row("sectionType 65 characters", [](SectionConfig &s) { s.sectionType = repeated(u"a"_s, 65); },
        u"sectionType"_s, {u"64"_s, u"65"_s});
    row("id not a UUID", [](SectionConfig &s) { s.id = u"section-1"_s; }, u"id"_s,
        {u"section-1"_s});
    row("id nil UUID", [](SectionConfig &s) { s.id = u"00000000-0000-0000-0000-000000000000"_s; },
        u"id"_s, {});
    row("id in braces",
        [](SectionConfig &s) { s.id = u"{a3bb189e-8bf9-3888-9912-ace4e6543002}"_s; }, u"id"_s, {});
    row("organizationId one digit short",
        [](SectionConfig &s) { s.organizationId = u"7c9e6679-7425-40de-944b-e07fc1f90ae"_s; },
        u"organizationId"_s, {});
    row("weddingId with a non-hex digit",
        [](SectionConfig &s) { s.weddingId = u"16fd2706-8baf-433b-82eb-8c7fada847dg"_s; },
        u"weddingId"_s, {});
    row("color name", [](SectionConfig &s) { s.customization.color = u"red"_s; },
        u"customization.color"_s, {u"red"_s, u"#"_s});
    row("color five digits", [](SectionConfig &s) { s.customization.color = u"#12345"_s; },
        u"customization.color"_s, {u"#12345"_s});
    row("color non-hex", [](SectionConfig &s) { s.customization.color = u"#GGG"_s; },
        u"customization.color"_s, {});
    row("color without #", [](SectionConfig &s) { s.customization.color = u"D4A5A5"_s; },
        u"customization.color"_s, {});
    row("color with alpha", [](SectionConfig &s) { s.customization.color = u"#D4A5A5FF"_s; },
        u"customization.color"_s, {});
    row("color injection",
        [](SectionConfig &s) { s.customization.color = u"#fff;background:url(x)"_s; },
        u"customization.color"_s, {});
    row("title 101 characters (unsanitized)",
        [](SectionConfig &s) { s.customization.title = repeated(u"é"_s, 101); },
        u"customization.title"_s, {u"100"_s, u"101"_s});
    row("title of stacked accents",
        [](SectionConfig &s) { s.customization.title = u"a"_s + repeated(u"\u0301"_s, 1000); },
        u"customization.title"_s, {});
    row("subtitle 201 characters",
        [](SectionConfig &s) { s.customization.subtitle = repeated(u"a"_s, 201); },
        u"customization.subtitle"_s, {u"200"_s, u"201"_s});
    row("icon 65 characters", [](SectionConfig &s) { s.customization.icon = repeated(u"i"_s, 65); },
        u"customization.icon"_s, {u"64"_s});
    row("version 0", [](SectionConfig &s) { s.metadata.version = 0; }, u"metadata.version"_s,
        {u"1"_s});

    // Sizes: what a section holds is copied into the audit trail and realtime retention.
    row("title of 100 KB (unsanitized)",
        [](SectionConfig &s) { s.customization.title = repeated(u"a"_s, 100000); },
        u"customization.title"_s, {u"100000"_s, u"4096"_s});
    row("subtitle of one letter and 5,000 accents",
        [](SectionConfig &s) { s.customization.subtitle = u"a"_s + repeated(u"\u0301"_s, 5000); },
        u"customization.subtitle"_s, {u"4096"_s});
    row("icon of 5,000 accents",
        [](SectionConfig &s) { s.customization.icon = u"i"_s + repeated(u"\u0301"_s, 5000); },
        u"customization.icon"_s, {u"4096"_s});
    row("theme of 900 KB",
        [](SectionConfig &s) {
            s.customization.theme = {{u"css"_s, repeated(u"x"_s, 900 * 1024)}};
        },
        u"customization.theme"_s, {u"16384"_s});
    row("conditions of 100 KB",
        [](SectionConfig &s) {
            s.visibility.conditions = {{u"customField"_s, repeated(u"x"_s, 100 * 1024)}};
        },
        u"visibility.conditions"_s, {u"16384"_s});
    row("responsive columns 99999",
        [](SectionConfig &s) {
            s.layout.responsive = {{u"tablet"_s, QJsonObject {{u"columns"_s, 99999}}}};
        },
        u"layout.responsive.tablet.columns"_s, {u"99999"_s, u"1"_s, u"12"_s});
    row("responsive columns 0",
        [](SectionConfig &s) {
            s.layout.responsive = {{u"mobile"_s, QJsonObject {{u"columns"_s, 0}}}};
        },
        u"layout.responsive.mobile.columns"_s, {u"12"_s});
    row("responsive columns fractional",
        [](SectionConfig &s) {
            s.layout.responsive = {{u"desktop"_s, QJsonObject {{u"columns"_s, 6.5}}}};
        },
        u"layout.responsive.desktop.columns"_s, {u"12"_s});
    row("responsive columns as text",
        [](SectionConfig &s) {
            s.layout.responsive = {{u"desktop"_s, QJsonObject {{u"columns"_s, u"6"_s}}}};
        },
        u"layout.responsive.desktop.columns"_s, {u"12"_s});
    row("unknown breakpoint",
        [](SectionConfig &s) {
            s.layout.responsive = {{u"watch"_s, QJsonObject {{u"columns"_s, 6}}}};
        },
        u"layout.responsive.watch"_s, {u"watch"_s, u"mobile"_s, u"tablet"_s, u"desktop"_s});
    row("breakpoint not an object",
        [](SectionConfig &s) {
            s.layout.responsive = {{u"mobile"_s, 12}};
        },
        u"layout.responsive.mobile"_s, {});
    row("unknown key in a breakpoint",
        [](SectionConfig &s) {
            s.layout.responsive = {{u"mobile"_s, QJsonObject {{u"rows"_s, 2}}}};
        },
        u"layout.responsive.mobile.rows"_s, {u"rows"_s, u"columns"_s});
}

void TestSectionValidator::rejects()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    QFETCH(QStringList, mentions);
    SectionConfig s = validSection();
    mutate(s);
    const QList<FieldError> errors = validateSection(s);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    const QString message = errors.first().message;
    QVERIFY(message.size() > 10);
    for (const QString &m : mentions)
        QVERIFY2(message.contains(m), qPrintable(m + u" not in: "_s + message));
}

void TestSectionValidator::boundariesAccepted_data()
{
    QTest::addColumn<Mutation>("mutate");
    auto row = [](const char *name, Mutation m) {
        QTest::newRow(name) << m;
    };
    row("columns 1", [](SectionConfig &s) { s.layout.columns = 1; });
    row("columns 12", [](SectionConfig &s) { s.layout.columns = 12; });
    row("position 0", [](SectionConfig &s) { s.layout.position = 0; });
    row("every breakpoint at its limits", [](SectionConfig &s) {
        s.layout.responsive = {{u"mobile"_s, QJsonObject {{u"columns"_s, 1}}},
                               {u"tablet"_s, QJsonObject {{u"columns"_s, 12}}},
                               {u"desktop"_s, QJsonObject {}}};
    });
    row("theme of 16 KB", [](SectionConfig &s) {
        s.customization.theme = {{u"css"_s, repeated(u"x"_s, 16 * 1024 - 20)}};
    });
    row("every size", [](SectionConfig &s) { s.layout.size = u"full"_s; });
    row("short lower-case color", [](SectionConfig &s) { s.customization.color = u"#fa0"_s; });
    row("mixed-case color", [](SectionConfig &s) { s.customization.color = u"#d4A5a5"_s; });
    row("no color", [](SectionConfig &s) { s.customization.color.clear(); });
    row("no ids yet (new section)", [](SectionConfig &s) {
        s.id.clear();
        s.organizationId.clear();
    });
    row("organization-wide", [](SectionConfig &s) { s.weddingId.clear(); });
    row("upper-case UUID",
        [](SectionConfig &s) { s.id = u"A3BB189E-8BF9-3888-9912-ACE4E6543002"_s; });
    row("phase list present and empty",
        [](SectionConfig &s) { s.visibility.weddingPhases.clear(); });
    row("no roles", [](SectionConfig &s) { s.visibility.roles.clear(); });
    row("title of 100 emoji",
        [](SectionConfig &s) { s.customization.title = repeated(Grin, 100); });
    row("title of 100 families",
        [](SectionConfig &s) { s.customization.title = repeated(Family, 100); });
    row("subtitle of 200 accented letters",
        [](SectionConfig &s) { s.customization.subtitle = repeated(DecomposedE, 200); });
    row("icon of 64", [](SectionConfig &s) { s.customization.icon = repeated(u"i"_s, 64); });
    row("sectionType of 64",
        [](SectionConfig &s) { s.sectionType = u"a"_s + repeated(u"_9"_s, 31) + u"z"_s; });
    row("title with markup kept",
        [](SectionConfig &s) { s.customization.title = u"<b>Fun</b> & \"games\""_s; });
}

void TestSectionValidator::boundariesAccepted()
{
    QFETCH(Mutation, mutate);
    SectionConfig s = validSection();
    mutate(s);
    const QList<FieldError> errors = validateSection(s);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

void TestSectionValidator::reportsEveryProblemAtOnce()
{
    SectionConfig s = validSection();
    s.sectionType.clear();
    s.visibility.roles = {u"admin"_s, u"planner"_s, u"guest"_s, u"caterer"_s};
    s.layout.columns = 20;
    s.customization.color = u"pink"_s;
    s.permissions.canHide = {u"root"_s};
    const QList<FieldError> errors = validateSection(s);
    QStringList fields;
    for (const FieldError &e : errors)
        fields.append(e.field);
    QCOMPARE(
        fields,
        (QStringList {u"sectionType"_s, u"visibility.roles[1]"_s, u"visibility.roles[3]"_s,
                      u"layout.columns"_s, u"customization.color"_s, u"permissions.canHide[0]"_s}));
}

void TestSectionValidator::validatedSectionResult()
{
    QVERIFY(validatedSection(validSection()).ok());
    SectionConfig s = validSection();
    s.layout.size = u"xl"_s;
    const Result<SectionConfig> r = validatedSection(s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"validation_failed"_s);
    QCOMPARE(r.error().fields.size(), 1);
    QVERIFY(r.error().message.contains(u'1'));
}

void TestSectionValidator::titleSanitization_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString a99 = repeated(u"a"_s, 99);
    const QString a100 = repeated(u"a"_s, 100);

    QTest::newRow("100 emoji kept whole") << repeated(Grin, 100) << repeated(Grin, 100);
    QTest::newRow("101 emoji cut to 100") << repeated(Grin, 101) << repeated(Grin, 100);
    QTest::newRow("99 letters + emoji kept (101 UTF-16 units)") << a99 + Grin << a99 + Grin;
    QTest::newRow("100 letters + emoji drops the emoji whole") << a100 + Grin << a100;
    QTest::newRow("101 families cut to 100 families")
        << repeated(Family, 101) << repeated(Family, 100);
    QTest::newRow("101 flags cut to 100 flags") << repeated(France, 101) << repeated(France, 100);
    QTest::newRow("accent stays on its letter") << a99 + DecomposedE + u"x"_s << a99 + DecomposedE;
    QTest::newRow("101 precomposed é") << repeated(u"é"_s, 101) << repeated(u"é"_s, 100);
    QTest::newRow("mixed script at the edge")
        << repeated(u"婚"_s, 98) + u"Zoë💍!"_s << repeated(u"婚"_s, 98) + u"Zo"_s;
    QTest::newRow("surrounding whitespace") << u"  \tTimeline \n"_s << u"Timeline"_s;
    QTest::newRow("line breaks become spaces")
        << u"Day one\nDay two\u2028end"_s << u"Day one Day two end"_s;
    QTest::newRow("cut exposes a space") << a99 + u" bcd"_s << a99;
    QTest::newRow("leading spaces do not count") << u"   "_s + a100 << a100;
    QTest::newRow("markup and SQL verbatim") << u"<script>alert('x')</script>; DROP TABLE t;--"_s
                                             << u"<script>alert('x')</script>; DROP TABLE t;--"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one letter under 1500 accents is capped")
        << u"a"_s + repeated(u"\u0301"_s, 1500) << u"a"_s + repeated(u"\u0301"_s, 999);
    QTest::newRow("many accented letters stop at the code point cap")
        << repeated(u"a"_s + repeated(u"\u0301"_s, 19), 60)
        << repeated(u"a"_s + repeated(u"\u0301"_s, 19), 50);
}

void TestSectionValidator::titleSanitization()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    SectionConfig s = validSection();
    s.customization.title = input;
    const QString title = sanitizeSection(s).customization.title;
    QCOMPARE(title, expected);
    // Whatever the cut, the result is well-formed UTF-16.
    for (qsizetype i = 0; i < title.size(); ++i) {
        if (title.at(i).isHighSurrogate())
            QVERIFY(i + 1 < title.size() && title.at(i + 1).isLowSurrogate());
        else if (title.at(i).isLowSurrogate())
            QVERIFY(i > 0 && title.at(i - 1).isHighSurrogate());
    }
}

void TestSectionValidator::sanitizationTrimsButKeepsEnumerations()
{
    SectionConfig s = validSection();
    s.id = u" "_s + s.id + u"\n"_s;
    s.weddingId = s.weddingId + u"  "_s;
    s.sectionType = u"  timeline "_s;
    s.customization.subtitle = u" Every\tminute "_s;
    s.customization.color = u" #fff "_s;
    s.customization.icon = u" camera"_s;
    s.visibility.roles = {u" admin"_s};
    const SectionConfig clean = sanitizeSection(s);
    QCOMPARE(clean.id, validSection().id);
    QCOMPARE(clean.weddingId, validSection().weddingId);
    QCOMPARE(clean.sectionType, u"timeline"_s);
    QCOMPARE(clean.customization.subtitle, u"Every minute"_s);
    QCOMPARE(clean.customization.color, u"#fff"_s);
    QCOMPARE(clean.customization.icon, u"camera"_s);
    // Role names come from the editor's pickers; a mangled one is a client bug to report.
    QCOMPARE(clean.visibility.roles, QStringList {u" admin"_s});
    QCOMPARE(validateSection(clean).size(), 1);
}

void TestSectionValidator::sanitizedHugeTitleIsStillRefused()
{
    // A title is cut to 100 characters, but one far beyond any title is a mistake or an
    // attack: it is refused, with the field named, rather than quietly cut.
    SectionConfig s = validSection();
    s.customization.title = repeated(u"a"_s, 100000);
    const QList<FieldError> errors = validateSection(sanitizeSection(s));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, u"customization.title"_s);
}

void TestSectionValidator::sanitizedLongTitlePassesValidation()
{
    SectionConfig s = validSection();
    s.customization.title = repeated(u"Ceremony 💒 "_s, 40);
    QVERIFY(!validateSection(s).isEmpty());
    const SectionConfig clean = sanitizeSection(s);
    QVERIFY(validateSection(clean).isEmpty());
    QCOMPARE(wedsync::userCharacterCount(clean.customization.title), 100);
    QVERIFY(s.customization.title.startsWith(clean.customization.title));
}

void TestSectionValidator::userCharacterCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << u"Budget"_s << 6;
    QTest::newRow("emoji") << repeated(Grin, 3) << 3;
    QTest::newRow("family") << Family << 1;
    QTest::newRow("flag") << France << 1;
    QTest::newRow("decomposed accent") << u"Zo"_s + DecomposedE << 3;
    QTest::newRow("CRLF is one") << u"a\r\nb"_s << 3;
}

void TestSectionValidator::userCharacterCount()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(wedsync::userCharacterCount(text), count);
}

QTEST_GUILESS_MAIN(TestSectionValidator)
#include "tst_sectionvalidator.moc"
