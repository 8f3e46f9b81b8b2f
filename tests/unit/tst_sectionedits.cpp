// The stages of a section batch that need no database: which changes are stale, what the
// edits make of the current sections, and the organization's sections after them.
#include "api/SectionService.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::server;

namespace {

SectionRecord stored(const QString &id, const QString &type, int position, qint64 version)
{
    SectionConfig s;
    s.id = id;
    s.organizationId = u"7c9e6679-7425-40de-944b-e07fc1f90ae7"_s;
    s.sectionType = type;
    s.visibility.roles = {u"admin"_s, u"coordinator"_s};
    s.layout = {position, u"medium"_s, 6, {}};
    s.customization.title = type;
    s.metadata.version = version;
    return {s, {}, {}};
}

SectionChange change(const QString &id, qint64 version, const QString &prefix,
                     std::function<Result<SectionConfig>(const SectionConfig &)> edit)
{
    SectionChange c;
    c.id = id;
    c.ifMatch.versions = {version};
    c.fieldPrefix = prefix;
    c.edit = std::move(edit);
    return c;
}

const QString A = u"a3bb189e-8bf9-3888-9912-ace4e6543001"_s;
const QString B = u"a3bb189e-8bf9-3888-9912-ace4e6543002"_s;
const QString C = u"a3bb189e-8bf9-3888-9912-ace4e6543003"_s;

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &error : errors)
        out.append(error.field);
    return out;
}

Result<SectionConfig> moveTo(const SectionConfig &current, int position)
{
    SectionConfig moved = current;
    moved.layout.position = position;
    return moved;
}

} // namespace

class TestSectionEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staleChangesNameEachOne();
    void editsAreSanitizedAndValidated();
    void sectionsAfterPutsEditsInPlace();
};

void TestSectionEdits::staleChangesNameEachOne()
{
    const QList<SectionRecord> current {stored(A, u"timeline"_s, 0, 3),
                                        stored(B, u"budget"_s, 1, 5)};
    const auto keep = [](const SectionConfig &s) -> Result<SectionConfig> {
        return s;
    };
    QList<SectionRecord> conflicts;
    QVERIFY(!staleChanges({change(A, 3, u"[0]"_s, keep), change(B, 5, u"[1]"_s, keep)}, current,
                          &conflicts));
    QVERIFY(conflicts.isEmpty());

    const auto stale = staleChanges({change(A, 3, u"[0]"_s, keep), change(B, 4, u"[1]"_s, keep)},
                                    current, &conflicts);
    QVERIFY(stale);
    QCOMPARE(stale->code, u"version_conflict"_s);
    QCOMPARE(fieldsOf(stale->fields), QStringList {u"[1].version"_s});
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().section.id, B);
}

void TestSectionEdits::editsAreSanitizedAndValidated()
{
    const QList<SectionRecord> current {stored(A, u"timeline"_s, 0, 1),
                                        stored(B, u"budget"_s, 1, 1), stored(C, u"photos"_s, 2, 1)};
    const QList<SectionChange> changes {
        change(A, 1, u"items[0]"_s, [](const SectionConfig &s) { return moveTo(s, 7); }),
        change(B, 1, u"items[1]"_s,
               [](const SectionConfig &s) -> Result<SectionConfig> {
                   SectionConfig other = s;
                   other.sectionType = u"guest_list"_s; // identity never changes
                   return other;
               }),
        change(C, 1, u"items[2]"_s,
               [](const SectionConfig &) -> Result<SectionConfig> {
                   return Error {u"invalid_section"_s, u"Cannot apply."_s, {}};
               }),
    };
    const EditedSections edited = applyEdits(changes, current);
    QCOMPARE(edited.sections.size(), 3);
    QCOMPARE(edited.sections.at(0).layout.position, 7);
    QCOMPARE(edited.sections.at(2), current.at(2).section); // a failed edit keeps the section
    QCOMPARE(fieldsOf(edited.problems), (QStringList {u"items[1].sectionType"_s, u"items[2]"_s}));
    QCOMPARE(edited.problems.last().message, u"Cannot apply."_s);
}

void TestSectionEdits::sectionsAfterPutsEditsInPlace()
{
    const QList<SectionRecord> all {stored(A, u"timeline"_s, 0, 1), stored(B, u"budget"_s, 1, 1),
                                    stored(C, u"photos"_s, 2, 1)};
    SectionConfig moved = all.at(1).section;
    moved.layout.position = 0;
    const QList<SectionConfig> after = sectionsAfter(all, {moved});
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.at(0), all.at(0).section);
    QCOMPARE(after.at(1), moved);
    QCOMPARE(after.at(2), all.at(2).section);
    const QHash<QString, QString> prefixById {{B, u"[0]"_s}};
    QCOMPARE(fieldsOf(duplicatePositions(after, prefixById)), QStringList {u"[0].position"_s});
}

QTEST_GUILESS_MAIN(TestSectionEdits)
#include "tst_sectionedits.moc"
