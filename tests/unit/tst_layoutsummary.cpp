// The one-line summary of a layout version, from the section changes of one write: verbs in
// the order they first happen, names as the sections were called before, long lists cut.
#include "api/LayoutVersionRecorder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync::server;

namespace {

QJsonObject section(const QString &title, int position, const QString &subtitle = {})
{
    return {{u"sectionType"_s, u"budget"_s},
            {u"weddingId"_s, QJsonValue::Null},
            {u"layout"_s, QJsonObject {{u"position"_s, position}, {u"columns"_s, 6}}},
            {u"customization"_s, QJsonObject {{u"title"_s, title}, {u"subtitle"_s, subtitle}}},
            {u"visibility"_s, QJsonObject {{u"roles"_s, QJsonArray {u"admin"_s}}}},
            {u"permissions"_s, QJsonObject {}}};
}

LayoutTouch touch(const std::optional<QJsonObject> &before, const std::optional<QJsonObject> &after)
{
    return layoutTouch(u"org"_s, before, after);
}

} // namespace

class TestLayoutSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesEachKindOfChange_data();
    void describesEachKindOfChange();
    void longListsAreCut();
    void scopeComesFromEitherSide();
};

void TestLayoutSummary::describesEachKindOfChange_data()
{
    QTest::addColumn<QList<LayoutTouch>>("touches");
    QTest::addColumn<QString>("summary");
    const QJsonObject timeline = section(u"Timeline"_s, 0);
    const QJsonObject budget = section(u"Budget"_s, 1);
    QJsonObject retitled = section(u"Money"_s, 1);
    QJsonObject shown = budget;
    shown[u"visibility"_s] = QJsonObject {{u"roles"_s, QJsonArray {u"admin"_s, u"vendor"_s}}};
    QJsonObject wide = budget;
    wide[u"layout"_s] = QJsonObject {{u"position"_s, 1}, {u"columns"_s, 12}};

    QTest::newRow("moved and retitled")
        << QList<LayoutTouch> {touch(timeline, section(u"Timeline"_s, 1)),
                               touch(budget, section(u"Budget"_s, 0)), touch(budget, retitled)}
        << u"Moved Timeline and Budget; changed title of Budget"_s;
    QTest::newRow("added") << QList<LayoutTouch> {touch(std::nullopt, budget)} << u"Added Budget"_s;
    QTest::newRow("removed") << QList<LayoutTouch> {touch(budget, std::nullopt)}
                             << u"Removed Budget"_s;
    QTest::newRow("visibility") << QList<LayoutTouch> {touch(budget, shown)}
                                << u"Changed visibility of Budget"_s;
    QTest::newRow("resized") << QList<LayoutTouch> {touch(budget, wide)} << u"Resized Budget"_s;
    QTest::newRow("subtitle") << QList<LayoutTouch> {touch(budget, section(u"Budget"_s, 1, u"x"_s))}
                              << u"Changed appearance of Budget"_s;
    QTest::newRow("untitled") << QList<LayoutTouch> {touch(std::nullopt, section({}, 0))}
                              << u"Added budget"_s;
}

void TestLayoutSummary::describesEachKindOfChange()
{
    QFETCH(QList<LayoutTouch>, touches);
    QFETCH(QString, summary);
    QCOMPARE(layoutSummary(touches), summary);
}

void TestLayoutSummary::longListsAreCut()
{
    QList<LayoutTouch> touches;
    for (int i = 0; i < 6; ++i)
        touches << touch(section(u"S%1"_s.arg(i), i), section(u"S%1"_s.arg(i), i + 10));
    QCOMPARE(layoutSummary(touches), u"Moved S0, S1, S2 and 3 more"_s);
}

void TestLayoutSummary::scopeComesFromEitherSide()
{
    QJsonObject ofWedding = section(u"Budget"_s, 0);
    ofWedding[u"weddingId"_s] = u"0B6F1A2E-4C1D-4E57-9A55-3F0C2B9D1E01"_s;
    QCOMPARE(touch(ofWedding, std::nullopt).weddingId, u"0b6f1a2e-4c1d-4e57-9a55-3f0c2b9d1e01"_s);
    QCOMPARE(touch(std::nullopt, ofWedding).weddingId, u"0b6f1a2e-4c1d-4e57-9a55-3f0c2b9d1e01"_s);
    QVERIFY(touch(section(u"Budget"_s, 0), std::nullopt).weddingId.isEmpty());
}

QTEST_GUILESS_MAIN(TestLayoutSummary)
#include "tst_layoutsummary.moc"
