// The field-by-field three-way merge the conflict center shows and resolutions apply.
#include "ThreeWayMerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

// JSON written with single quotes, which read better in a C++ string.
QJsonObject doc(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object();
}

const MergeField *fieldAt(const MergeResult &result, const QString &path)
{
    for (const MergeField &field : result.fields) {
        if (field.path == path)
            return &field;
    }
    return nullptr;
}

QString kindAt(const MergeResult &result, const QString &path)
{
    const MergeField *field = fieldAt(result, path);
    return field ? mergeFieldKindName(field->kind) : u"<missing>"_s;
}

} // namespace

class TestThreeWayMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathHelpersRoundTrip()
    {
        const QJsonObject document
            = doc("{'a':{'b':{'c':1},'d':[1,2],'e':{}},'f':'x','g':{'h':null}}");
        const auto leaves = jsonLeaves(document);
        QStringList paths;
        for (const auto &leaf : leaves)
            paths.append(leaf.first);
        QCOMPARE(paths, (QStringList {u"a.b.c"_s, u"a.d"_s, u"a.e"_s, u"f"_s, u"g.h"_s}));
        QCOMPARE(jsonFromLeaves(leaves), document);
        QCOMPARE(jsonAtPath(document, u"a.b.c"), QJsonValue(1));
        QVERIFY(jsonAtPath(document, u"a.b.c.z").isUndefined());
        QVERIFY(jsonAtPath(document, u"nope").isUndefined());
        QJsonObject edited = document;
        QVERIFY(setJsonPath(&edited, u"a.b.c", QJsonValue(QJsonValue::Undefined)));
        QVERIFY(setJsonPath(&edited, u"n.m", 2));
        QVERIFY(setJsonPath(&edited, u"a.d.1", 5)); // an array is entered by index
        QVERIFY(setJsonPath(&edited, u"g.h.i", 3)); // a null becomes an object
        QVERIFY(setJsonPath(&edited, u"z.y", QJsonValue(QJsonValue::Undefined))); // creates nothing
        QCOMPARE(edited,
                 doc("{'a':{'b':{},'d':[1,5],'e':{}},'f':'x','g':{'h':{'i':3}},'n':{'m':2}}"));
        const QJsonObject before = edited;
        QVERIFY(!setJsonPath(&edited, u"f.x", 1)); // a text is in the way
        QVERIFY(!setJsonPath(&edited, u"a.d.2", 1)); // past the array's end
        QVERIFY(!setJsonPath(&edited, u"a..b", 1));
        QCOMPARE(edited, before);
    }

    void fieldKinds_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("mine");
        QTest::addColumn<QByteArray>("theirs");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("merged"); // the merged document

        QTest::newRow("unchanged")
            << QByteArray("{'a':1}") << QByteArray("{'a':1}") << QByteArray("{'a':1}") << u"a"_s
            << u"unchanged"_s << QByteArray("{'a':1}");
        QTest::newRow("mine only")
            << QByteArray("{'a':1}") << QByteArray("{'a':2}") << QByteArray("{'a':1}") << u"a"_s
            << u"mine"_s << QByteArray("{'a':2}");
        QTest::newRow("theirs only")
            << QByteArray("{'a':1}") << QByteArray("{'a':1}") << QByteArray("{'a':3}") << u"a"_s
            << u"theirs"_s << QByteArray("{'a':3}");
        QTest::newRow("both the same")
            << QByteArray("{'a':1}") << QByteArray("{'a':4}") << QByteArray("{'a':4}") << u"a"_s
            << u"both"_s << QByteArray("{'a':4}");
        QTest::newRow("true conflict keeps base")
            << QByteArray("{'a':1}") << QByteArray("{'a':2}") << QByteArray("{'a':3}") << u"a"_s
            << u"conflict"_s << QByteArray("{'a':1}");
        QTest::newRow("removed mine, changed theirs")
            << QByteArray("{'a':1}") << QByteArray("{}") << QByteArray("{'a':3}") << u"a"_s
            << u"conflict"_s << QByteArray("{'a':1}");
        QTest::newRow("removed theirs, changed mine")
            << QByteArray("{'a':1}") << QByteArray("{'a':2}") << QByteArray("{}") << u"a"_s
            << u"conflict"_s << QByteArray("{'a':1}");
        QTest::newRow("removed theirs, untouched mine")
            << QByteArray("{'a':1,'b':1}") << QByteArray("{'a':1,'b':1}") << QByteArray("{'b':1}")
            << u"a"_s << u"theirs"_s << QByteArray("{'b':1}");
        QTest::newRow("removed on both")
            << QByteArray("{'a':1,'b':1}") << QByteArray("{'b':1}") << QByteArray("{'b':1}")
            << u"a"_s << u"both"_s << QByteArray("{'b':1}");
        QTest::newRow("added on one side")
            << QByteArray("{}") << QByteArray("{'n':'x'}") << QByteArray("{}") << u"n"_s
            << u"mine"_s << QByteArray("{'n':'x'}");
        QTest::newRow("added differently on both")
            << QByteArray("{}") << QByteArray("{'n':'x'}") << QByteArray("{'n':'y'}") << u"n"_s
            << u"conflict"_s << QByteArray("{}");
        QTest::newRow("nested: different leaves merge")
            << QByteArray("{'c':{'title':'A','color':'#111'}}")
            << QByteArray("{'c':{'title':'B','color':'#111'}}")
            << QByteArray("{'c':{'title':'A','color':'#222'}}") << u"c.color"_s << u"theirs"_s
            << QByteArray("{'c':{'title':'B','color':'#222'}}");
        QTest::newRow("nested: deep conflict")
            << QByteArray("{'l':{'r':{'mobile':{'columns':1}}}}")
            << QByteArray("{'l':{'r':{'mobile':{'columns':2}}}}")
            << QByteArray("{'l':{'r':{'mobile':{'columns':3}}}}") << u"l.r.mobile.columns"_s
            << u"conflict"_s << QByteArray("{'l':{'r':{'mobile':{'columns':1}}}}");
        QTest::newRow("type change against a change")
            << QByteArray("{'t':{'a':1}}") << QByteArray("{'t':'plain'}")
            << QByteArray("{'t':{'a':2}}") << u"t"_s << u"conflict"_s
            << QByteArray("{'t':{'a':1}}");
        QTest::newRow("type change on one side")
            << QByteArray("{'t':1}") << QByteArray("{'t':'1'}") << QByteArray("{'t':1}") << u"t"_s
            << u"mine"_s << QByteArray("{'t':'1'}");
        QTest::newRow("null is a value, not absence")
            << QByteArray("{'w':'x'}") << QByteArray("{'w':null}") << QByteArray("{}") << u"w"_s
            << u"conflict"_s << QByteArray("{'w':'x'}");
        QTest::newRow("roles reordered are unchanged")
            << QByteArray("{'visibility':{'roles':['admin','couple']}}")
            << QByteArray("{'visibility':{'roles':['couple','admin']}}")
            << QByteArray("{'visibility':{'roles':['admin','couple']}}") << u"visibility.roles"_s
            << u"unchanged"_s << QByteArray("{'visibility':{'roles':['couple','admin']}}");
        QTest::newRow("roles: same set on both sides")
            << QByteArray("{'permissions':{'canEdit':['admin']}}")
            << QByteArray("{'permissions':{'canEdit':['admin','coordinator']}}")
            << QByteArray("{'permissions':{'canEdit':['coordinator','admin']}}")
            << u"permissions.canEdit"_s << u"both"_s
            << QByteArray("{'permissions':{'canEdit':['admin','coordinator']}}");
        QTest::newRow("roles: different sets conflict")
            << QByteArray("{'visibility':{'roles':['admin']}}")
            << QByteArray("{'visibility':{'roles':['admin','couple']}}")
            << QByteArray("{'visibility':{'roles':['admin','vendor']}}") << u"visibility.roles"_s
            << u"conflict"_s << QByteArray("{'visibility':{'roles':['admin']}}");
        QTest::newRow("other arrays keep their order")
            << QByteArray("{'steps':[1,2]}") << QByteArray("{'steps':[2,1]}")
            << QByteArray("{'steps':[1,2]}") << u"steps"_s << u"mine"_s
            << QByteArray("{'steps':[2,1]}");
    }

    void fieldKinds()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, mine);
        QFETCH(QByteArray, theirs);
        QFETCH(QString, path);
        QFETCH(QString, kind);
        QFETCH(QByteArray, merged);
        const MergeResult result
            = threeWayMerge(doc(base.constData()), doc(mine.constData()), doc(theirs.constData()));
        QCOMPARE(kindAt(result, path), kind);
        QCOMPARE(result.merged, doc(merged.constData()));
        QCOMPARE(result.hasConflicts(), kind == u"conflict"_s);
    }

    void fieldCarriesAllThreeSides()
    {
        const MergeResult result = threeWayMerge(doc("{'a':1,'b':{'c':true}}"),
                                                 doc("{'a':2,'b':{'c':true}}"), doc("{'a':3}"));
        const MergeField *a = fieldAt(result, u"a"_s);
        QVERIFY(a);
        QCOMPARE(a->base, QJsonValue(1));
        QCOMPARE(a->mine, QJsonValue(2));
        QCOMPARE(a->theirs, QJsonValue(3));
        // b removed by them, untouched by me: their removal wins, reported at the object.
        const MergeField *b = fieldAt(result, u"b"_s);
        QVERIFY(b);
        QCOMPARE(b->kind, MergeFieldKind::Theirs);
        QVERIFY(b->theirs.isUndefined());
        QVERIFY(!result.merged.contains(u"b"_s));
        QCOMPARE(result.conflictPaths(), QStringList {u"a"_s});
    }

    void unknownBaseMakesEveryDifferenceAConflict()
    {
        const MergeResult result = threeWayMerge(std::nullopt, doc("{'a':1,'b':2,'m':true}"),
                                                 doc("{'a':1,'b':3,'t':true}"));
        QCOMPARE(kindAt(result, u"a"_s), u"both"_s);
        QCOMPARE(kindAt(result, u"b"_s), u"conflict"_s);
        QCOMPARE(kindAt(result, u"m"_s), u"mine"_s);
        QCOMPARE(kindAt(result, u"t"_s), u"theirs"_s);
        QCOMPARE(result.merged, doc("{'a':1,'m':true,'t':true}"));
    }

    void choicesProduceTheFinalDocument()
    {
        const MergeResult result
            = threeWayMerge(doc("{'c':{'title':'A','color':'#111','icon':'x'},'n':1}"),
                            doc("{'c':{'title':'B','color':'#111','icon':'y'},'n':1}"),
                            doc("{'c':{'title':'C','color':'#222','icon':'z'},'n':1}"));
        QCOMPARE(result.conflictPaths(), (QStringList {u"c.icon"_s, u"c.title"_s}));

        QHash<QString, FieldChoice> choices;
        choices.insert(u"c.title"_s, {FieldChoice::Side::Mine, {}});
        choices.insert(u"c.icon"_s, {FieldChoice::Side::Custom, u"heart"_s});
        auto done = applyMergeChoices(result, choices);
        QVERIFY(done);
        QCOMPARE(done.value(), doc("{'c':{'title':'B','color':'#222','icon':'heart'},'n':1}"));

        // A choice may override a merged field; Undefined removes it.
        choices.insert(u"n"_s, {FieldChoice::Side::Custom, QJsonValue(QJsonValue::Undefined)});
        choices.insert(u"c.color"_s, {FieldChoice::Side::Mine, {}});
        done = applyMergeChoices(result, choices);
        QVERIFY(done);
        QCOMPARE(done.value(), doc("{'c':{'title':'B','color':'#111','icon':'heart'}}"));
    }

    void missingAndUnknownChoicesAreNamed()
    {
        const MergeResult result
            = threeWayMerge(doc("{'a':1,'b':1}"), doc("{'a':2,'b':2}"), doc("{'a':3,'b':3}"));
        QHash<QString, FieldChoice> choices;
        choices.insert(u"a"_s, {FieldChoice::Side::Theirs, {}});
        choices.insert(u"zzz"_s, {FieldChoice::Side::Theirs, {}});
        auto done = applyMergeChoices(result, choices);
        QVERIFY(!done);
        QCOMPARE(done.error().code, u"validation_failed"_s);
        QStringList paths;
        for (const FieldError &field : done.error().fields)
            paths << field.field;
        paths.sort();
        QCOMPARE(paths, (QStringList {u"b"_s, u"zzz"_s}));
    }

    void takingOneSide()
    {
        const MergeResult result = threeWayMerge(
            doc("{'a':1,'b':1,'c':1}"), doc("{'a':2,'b':2,'c':1}"), doc("{'a':3,'b':1,'c':3}"));
        QCOMPARE(mergeTakingSide(result, FieldChoice::Side::Mine), doc("{'a':2,'b':2,'c':3}"));
        QCOMPARE(mergeTakingSide(result, FieldChoice::Side::Theirs), doc("{'a':3,'b':2,'c':3}"));
    }

    void customSetPredicate()
    {
        MergeOptions options;
        options.unorderedArray = [](QStringView path) {
            return path == u"tags";
        };
        const MergeResult result
            = threeWayMerge(doc("{'tags':['a','b']}"), doc("{'tags':['b','a','a']}"),
                            doc("{'tags':['a','b']}"), options);
        QCOMPARE(kindAt(result, u"tags"_s), u"unchanged"_s);
        QVERIFY(sectionRoleListPath(u"permissions.canHide"));
        QVERIFY(sectionRoleListPath(u"section.visibility.roles"));
        QVERIFY(!sectionRoleListPath(u"myvisibility.roles"));
    }

    void hundredFieldDocuments()
    {
        QJsonObject base, mine, theirs;
        for (int g = 0; g < 10; ++g) {
            QJsonObject b, m, t;
            for (int f = 0; f < 10; ++f) {
                const int i = g * 10 + f;
                const QString key = u"f"_s + QString::number(f);
                b.insert(key, i);
                m.insert(key, i % 7 == 0 ? i + 1000 : i);
                t.insert(key, i % 5 == 0 ? i + 2000 : i);
            }
            const QString group = u"group"_s + QString::number(g);
            base.insert(group, b);
            mine.insert(group, m);
            theirs.insert(group, t);
        }
        const MergeResult result = threeWayMerge(base, mine, theirs);
        QCOMPARE(result.fields.size(), 100);
        // i % 35 == 0: 0 and 35 and 70 changed on both sides.
        QCOMPARE(result.conflictPaths().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestThreeWayMerge)
#include "tst_threewaymerge.moc"
