// The reorder body as the server decodes it: good moves, and every kind of malformed input
// refused with the field that is wrong.
#include "api/SectionMoves.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;

namespace {

const QString A = u"0b6f1a2e-4c1d-4e57-9a55-3f0c2b9d1e01"_s;
const QString B = u"0b6f1a2e-4c1d-4e57-9a55-3f0c2b9d1e02"_s;

QStringList fieldsOf(const Error &error)
{
    QStringList out;
    for (const FieldError &field : error.fields)
        out.append(field.field);
    return out;
}

} // namespace

class TestSectionMoves : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesAList();
    void decodesItemsWithTheirPrefix();
    void malformed_data();
    void malformed();
    void tooManyMoves();
    void missingVersionsAskForThem();
    void otherProblemsComeBeforeMissingVersions();
};

void TestSectionMoves::decodesAList()
{
    const QByteArray body
        = (u"[{\"id\": \" %1 \", \"position\": 3, \"version\": 2},"
           " {\"id\": \"%2\", \"position\": 0, \"columns\": 6, \"version\": 7}]"_s)
              .arg(A.toUpper(), B)
              .toUtf8();
    const auto moves = decodeMoves(body);
    QVERIFY2(moves, qPrintable(moves ? QString() : moves.error().message));
    QCOMPARE(moves->size(), 2);
    const SectionMove &first = moves->at(0);
    QCOMPARE(first.id, A); // trimmed, lower case
    QCOMPARE(first.position, 3);
    QVERIFY(!first.columns);
    QCOMPARE(first.version, qint64(2));
    QCOMPARE(first.fieldPrefix, u"[0]"_s);
    const SectionMove &second = moves->at(1);
    QCOMPARE(second.id, B);
    QCOMPARE(second.position, 0);
    QCOMPARE(second.columns.value_or(-1), 6);
    QCOMPARE(second.version, qint64(7));
    QCOMPARE(second.fieldPrefix, u"[1]"_s);
}

void TestSectionMoves::decodesItemsWithTheirPrefix()
{
    const QByteArray body
        = (u"{\"items\": [{\"id\": \"%1\", \"position\": 1, \"columns\": 40, \"version\": 1}]}"_s)
              .arg(A)
              .toUtf8();
    const auto moves = decodeMoves(body);
    QVERIFY(moves);
    QCOMPARE(moves->size(), 1);
    QCOMPARE(moves->first().fieldPrefix, u"items[0]"_s);
    // Out-of-range widths are decoded; the section's validation refuses them with its rules.
    QCOMPARE(moves->first().columns.value_or(-1), 40);
}

void TestSectionMoves::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("fields");

    const auto move = [](const QString &fields) {
        return (u"[{\"id\": \"%1\", \"position\": 1, \"version\": 1"_s.arg(A) + fields + u"}]"_s)
            .toUtf8();
    };
    QTest::newRow("not json") << QByteArray("[{\"id\": ") << u"malformed_json"_s << QStringList();
    QTest::newRow("empty body") << QByteArray() << u"malformed_json"_s << QStringList();
    QTest::newRow("object without items")
        << QByteArray("{\"moves\": []}") << u"validation_failed"_s << QStringList {u"items"_s};
    QTest::newRow("a number") << QByteArray("42") << u"malformed_json"_s << QStringList();
    QTest::newRow("items not a list")
        << QByteArray("{\"items\": {}}") << u"validation_failed"_s << QStringList {u"items"_s};
    QTest::newRow("empty list") << QByteArray("[]") << u"validation_failed"_s
                                << QStringList {QString()};
    QTest::newRow("empty items") << QByteArray("{\"items\": []}") << u"validation_failed"_s
                                 << QStringList {u"items"_s};
    QTest::newRow("entry not an object")
        << QByteArray("[1, \"x\"]") << u"validation_failed"_s << QStringList {u"[0]"_s, u"[1]"_s};
    QTest::newRow("unknown field")
        << move(u", \"title\": \"x\""_s) << u"validation_failed"_s << QStringList {u"[0].title"_s};
    QTest::newRow("id not a uuid")
        << QByteArray("[{\"id\": \"abc\", \"position\": 1, \"version\": 1}]")
        << u"validation_failed"_s << QStringList {u"[0].id"_s};
    QTest::newRow("id missing") << QByteArray("[{\"position\": 1, \"version\": 1}]")
                                << u"validation_failed"_s << QStringList {u"[0].id"_s};
    QTest::newRow("same section twice")
        << (u"{\"items\": [{\"id\": \"%1\", \"position\": 1, \"version\": 1},"
            " {\"id\": \"%2\", \"position\": 2, \"version\": 1}]}"_s)
               .arg(A, A.toUpper())
               .toUtf8()
        << u"validation_failed"_s << QStringList {u"items[1].id"_s};
    QTest::newRow("negative position")
        << (u"[{\"id\": \"%1\", \"position\": -1, \"version\": 1}]"_s).arg(A).toUtf8()
        << u"validation_failed"_s << QStringList {u"[0].position"_s};
    QTest::newRow("fractional position")
        << (u"[{\"id\": \"%1\", \"position\": 1.5, \"version\": 1}]"_s).arg(A).toUtf8()
        << u"validation_failed"_s << QStringList {u"[0].position"_s};
    QTest::newRow("position as text")
        << (u"[{\"id\": \"%1\", \"position\": \"1\", \"version\": 1}]"_s).arg(A).toUtf8()
        << u"validation_failed"_s << QStringList {u"[0].position"_s};
    QTest::newRow("huge position")
        << (u"[{\"id\": \"%1\", \"position\": 1000001, \"version\": 1}]"_s).arg(A).toUtf8()
        << u"validation_failed"_s << QStringList {u"[0].position"_s};
    QTest::newRow("columns as text") << move(u", \"columns\": \"6\""_s) << u"validation_failed"_s
                                     << QStringList {u"[0].columns"_s};
    QTest::newRow("columns fractional") << move(u", \"columns\": 6.5"_s) << u"validation_failed"_s
                                        << QStringList {u"[0].columns"_s};
    QTest::newRow("version zero")
        << (u"[{\"id\": \"%1\", \"position\": 1, \"version\": 0}]"_s).arg(A).toUtf8()
        << u"validation_failed"_s << QStringList {u"[0].version"_s};
    QTest::newRow("version as text")
        << (u"[{\"id\": \"%1\", \"position\": 1, \"version\": \"3\"}]"_s).arg(A).toUtf8()
        << u"validation_failed"_s << QStringList {u"[0].version"_s};
}

void TestSectionMoves::malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QStringList, fields);
    const auto moves = decodeMoves(body);
    QVERIFY(!moves);
    QCOMPARE(moves.error().code, code);
    QVERIFY(!moves.error().message.isEmpty());
    QCOMPARE(fieldsOf(moves.error()), fields);
}

void TestSectionMoves::tooManyMoves()
{
    QStringList entries;
    for (qsizetype i = 0; i <= MaxReorderItems; ++i)
        entries.append(u"{\"id\": \"%1\", \"position\": 1, \"version\": 1}"_s.arg(A));
    const auto moves = decodeMoves((u"["_s + entries.join(u',') + u"]"_s).toUtf8());
    QVERIFY(!moves);
    QCOMPARE(moves.error().code, u"validation_failed"_s);
    QCOMPARE(fieldsOf(moves.error()), QStringList {QString()});
}

void TestSectionMoves::missingVersionsAskForThem()
{
    const QByteArray body = (u"[{\"id\": \"%1\", \"position\": 1},"
                             " {\"id\": \"%2\", \"position\": 2, \"version\": null}]"_s)
                                .arg(A, B)
                                .toUtf8();
    const auto moves = decodeMoves(body);
    QVERIFY(!moves);
    QCOMPARE(moves.error().code, u"precondition_required"_s);
    QCOMPARE(fieldsOf(moves.error()), (QStringList {u"[0].version"_s, u"[1].version"_s}));
}

void TestSectionMoves::otherProblemsComeBeforeMissingVersions()
{
    const QByteArray body = (u"[{\"id\": \"%1\", \"position\": 1},"
                             " {\"id\": \"%2\", \"position\": -2, \"version\": 1}]"_s)
                                .arg(A, B)
                                .toUtf8();
    const auto moves = decodeMoves(body);
    QVERIFY(!moves);
    QCOMPARE(moves.error().code, u"validation_failed"_s);
    QCOMPARE(fieldsOf(moves.error()), QStringList {u"[1].position"_s});
}

QTEST_GUILESS_MAIN(TestSectionMoves)
#include "tst_sectionmoves.moc"
