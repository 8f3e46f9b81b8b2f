// The permission matrix as the Permissions screen edits it: bulk set, copy a role, diff, write
// back, where each grant comes from (in the engine's words), live findings, and the
// export/import file with its per-row errors.
#include "IntegrityJson.h"
#include "PermissionInheritance.h"
#include "PermissionMatrixFindings.h"
#include "PermissionMatrixJson.h"
#include "PermissionsDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

const QString Org = u"org-1"_s;

SectionConfig section(const QString &type, int position, const QStringList &roles,
                      const QStringList &canEdit, const QStringList &canHide = {},
                      const QStringList &phases = {})
{
    SectionConfig s;
    s.id = u"id-"_s + type;
    s.organizationId = Org;
    s.sectionType = type;
    s.layout.position = position;
    s.visibility.roles = roles;
    s.visibility.weddingPhases = phases;
    s.visibility.hasWeddingPhases = !phases.isEmpty();
    s.permissions.canEdit = canEdit;
    s.permissions.canHide = canHide;
    s.metadata.version = 3;
    return s;
}

// The demo organization's dashboard (server/demo/DemoData.cpp): every role sees what the seed
// requires for it and nothing it restricts.
QList<SectionConfig> demoSections()
{
    const QStringList all {u"admin"_s,  u"coordinator"_s, u"photographer"_s,
                           u"couple"_s, u"vendor"_s,      u"guest"_s};
    const QStringList planners {u"admin"_s, u"coordinator"_s};
    return {
        section(u"dashboard"_s, 0, all, planners, {u"admin"_s}),
        section(u"timeline"_s, 1, all, planners, planners),
        section(u"photos"_s, 2,
                {u"admin"_s, u"coordinator"_s, u"photographer"_s, u"couple"_s, u"guest"_s},
                {u"admin"_s, u"coordinator"_s, u"photographer"_s}, {u"admin"_s},
                {u"wedding_day"_s, u"post_wedding"_s}),
        section(u"budget"_s, 3, {u"admin"_s, u"coordinator"_s, u"couple"_s}, planners,
                {u"admin"_s}),
        section(u"guest_list"_s, 4, {u"admin"_s, u"coordinator"_s, u"couple"_s}, planners,
                {u"admin"_s}),
        section(u"vendor_management"_s, 5, {u"admin"_s, u"coordinator"_s, u"couple"_s, u"vendor"_s},
                planners, {u"admin"_s}),
        section(u"documents"_s, 6,
                {u"admin"_s, u"coordinator"_s, u"photographer"_s, u"couple"_s, u"vendor"_s},
                {u"admin"_s, u"coordinator"_s, u"couple"_s}, {u"admin"_s}),
        section(u"billing"_s, 7, {u"admin"_s}, {u"admin"_s}),
        section(u"admin"_s, 8, {u"admin"_s}, {u"admin"_s}),
    };
}

PermissionMatrix demoMatrix()
{
    return PermissionMatrix::fromSections(Org, demoSections());
}

QStringList findingKeys(const IntegrityReport &report)
{
    QStringList out;
    for (const IntegrityFinding &f : report.findings)
        out << f.rule + u' ' + f.subjectId + u' ' + (f.role ? roleName(*f.role) : u"-"_s);
    out.sort();
    return out;
}

QStringList fieldsOf(const Error &error)
{
    QStringList out;
    for (const FieldError &f : error.fields)
        out << f.field;
    return out;
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A valid one-role file: vendor may view and edit the timeline.
QJsonObject vendorFile()
{
    return QJsonObject {
        {u"schemaVersion"_s, 1},
        {u"kind"_s, u"wedsync.permissions"_s},
        {u"scope"_s, QJsonObject {{u"organizationId"_s, u"org-9"_s}}},
        {u"roles"_s, QJsonArray {u"vendor"_s}},
        {u"rows"_s,
         QJsonArray {QJsonObject {
             {u"sectionType"_s, u"timeline"_s},
             {u"cells"_s,
              QJsonObject {
                  {u"vendor"_s,
                   QJsonObject {{u"view"_s, true}, {u"edit"_s, true}, {u"hide"_s, false}}}}}}}},
    };
}

QJsonObject withRow(QJsonObject file, const QJsonValue &row)
{
    QJsonArray rows = file[u"rows"_s].toArray();
    rows.append(row);
    file[u"rows"_s] = rows;
    return file;
}

} // namespace

class TestPermissionMatrixEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsReadAndWriteTheLists();
    void bulkSetAColumn();
    void copyPhotographerOntoVendor();
    void diffNamesRowCellAndFlag();
    void inheritanceShowsTheSource();
    void findingsOfTheEditedMatrix();
    void findingsAreIncremental();
    void findingJsonCarriesTheRole();
    void matrixAndDiffJsonRoundTrip();
    void importRejects_data();
    void importRejects();
    void importOfUnknownSectionTypeChangesNothing();
    void oversizedFile();
    void exportImportRoundTrip();
    void oneRoleImportTouchesOnlyThatRole();
};

void TestPermissionMatrixEdits::cellsReadAndWriteTheLists()
{
    SectionConfig s = section(u"notes"_s, 0, {u"couple"_s}, {u"couple"_s});
    s.permissions.canView = {u"guest"_s};
    QCOMPARE(matrixCellOf(s, Role::Couple), (MatrixCell {true, true, false}));
    QCOMPARE(matrixCellOf(s, Role::Guest), (MatrixCell {true, false, false})); // canView counts
    QCOMPARE(matrixCellOf(s, Role::Vendor), MatrixCell {});

    MatrixRow row = matrixRowOf(s);
    row.cell(Role::Vendor) = {true, false, true};
    row.cell(Role::Guest).view = false;
    const SectionConfig written = withMatrixRow(s, row);
    QCOMPARE(written.visibility.roles, (QStringList {u"couple"_s, u"vendor"_s}));
    QVERIFY(written.permissions.canView.isEmpty()); // view off removes it from both lists
    QCOMPARE(written.permissions.canHide, QStringList {u"vendor"_s});
    QCOMPARE(matrixRowOf(written).cells, row.cells);
    // Unchanged cells leave the lists exactly as they were (order included).
    QCOMPARE(withMatrixRow(s, matrixRowOf(s)), s);
}

void TestPermissionMatrixEdits::bulkSetAColumn()
{
    PermissionMatrix matrix = demoMatrix();
    const PermissionMatrix before = matrix;
    QCOMPARE(setMatrixFlag(&matrix, columnCells(matrix, Role::Couple), MatrixFlag::Hide, true), 9);
    for (const MatrixRow &row : std::as_const(matrix.rows)) {
        QVERIFY(row.cell(Role::Couple).hide);
        QCOMPARE(row.cell(Role::Vendor), before.row(row.sectionId)->cell(Role::Vendor));
    }
    // Setting again changes nothing; clearing a row touches only that row.
    QCOMPARE(setMatrixFlag(&matrix, columnCells(matrix, Role::Couple), MatrixFlag::Hide, true), 0);
    QCOMPARE(setMatrixFlag(&matrix, rowCells(matrix, u"id-timeline"_s), MatrixFlag::View, false),
             6);
    QVERIFY(!matrix.row(u"id-timeline"_s)->cell(Role::Guest).view);
    QVERIFY(matrix.row(u"id-photos"_s)->cell(Role::Guest).view);
    // Unknown sections are skipped.
    QCOMPARE(setMatrixFlag(&matrix, {{u"nope"_s, Role::Admin}}, MatrixFlag::Edit, false), 0);
    QCOMPARE(allCells(matrix).size(), 9 * RoleCount);
}

void TestPermissionMatrixEdits::copyPhotographerOntoVendor()
{
    PermissionMatrix matrix = demoMatrix();
    const PermissionMatrix before = matrix;
    // dashboard, timeline and documents already match; photos (view, edit), vendor_management
    // (vendor sees it, photographer only inherits it) differ.
    QCOMPARE(copyMatrixRole(&matrix, Role::Photographer, Role::Vendor), 2);
    for (const MatrixRow &row : std::as_const(matrix.rows))
        QCOMPARE(row.cell(Role::Vendor), row.cell(Role::Photographer));
    QCOMPARE(copyMatrixRole(&matrix, Role::Vendor, Role::Vendor), 0);

    const MatrixDiff diff = diffMatrices(before, matrix);
    QCOMPARE(diff.sectionIds(), (QStringList {u"id-photos"_s, u"id-vendor_management"_s}));
    for (const MatrixRowDiff &row : diff.rows)
        QCOMPARE(row.roles(), QList<Role> {Role::Vendor});
    QCOMPARE(diff.row(u"id-photos"_s)->changes,
             (QList<MatrixFlagChange> {{Role::Vendor, MatrixFlag::View, false, true},
                                       {Role::Vendor, MatrixFlag::Edit, false, true}}));

    // Written back: vendor is shown photos and may edit them; vendor_management loses vendor.
    QStringList changed;
    const QList<SectionConfig> sections = applyMatrix(matrix, demoSections(), &changed);
    QCOMPARE(changed, (QStringList {u"id-photos"_s, u"id-vendor_management"_s}));
    QVERIFY(sections.at(2).visibility.roles.contains(u"vendor"_s));
    QVERIFY(sections.at(2).permissions.canEdit.contains(u"vendor"_s));
    QVERIFY(!sections.at(5).visibility.roles.contains(u"vendor"_s));
    QCOMPARE(sections.at(0), demoSections().at(0));
}

void TestPermissionMatrixEdits::diffNamesRowCellAndFlag()
{
    const PermissionMatrix before = demoMatrix();
    PermissionMatrix after = before;
    after.row(u"id-budget"_s)->cell(Role::Guest) = {true, true, true};
    after.row(u"id-budget"_s)->cell(Role::Admin).hide = false;
    after.row(u"id-billing"_s)->cell(Role::Coordinator).view = true;
    after.rows.removeAt(0); // a row only in one matrix is not a change of cells
    const MatrixDiff diff = diffMatrices(before, after);
    QCOMPARE(diff.changeCount(), 5);
    QCOMPARE(diff.sectionIds(), (QStringList {u"id-budget"_s, u"id-billing"_s}));
    const MatrixRowDiff &budget = diff.rows.first();
    QCOMPARE(budget.version, 3);
    QCOMPARE(budget.sectionType, u"budget"_s);
    // Column order (admin first), then view, edit, hide.
    QCOMPARE(budget.changes,
             (QList<MatrixFlagChange> {{Role::Admin, MatrixFlag::Hide, true, false},
                                       {Role::Guest, MatrixFlag::View, false, true},
                                       {Role::Guest, MatrixFlag::Edit, false, true},
                                       {Role::Guest, MatrixFlag::Hide, false, true}}));
    QVERIFY(diffMatrices(before, before).isEmpty());
}

void TestPermissionMatrixEdits::inheritanceShowsTheSource()
{
    const QList<RowGrants> grants = matrixGrants(demoSections(), true);
    QCOMPARE(grants.size(), 9);
    const RowGrants &vendors = grants.at(5); // vendor_management: shown to vendor
    QCOMPARE(vendors.sectionId, u"id-vendor_management"_s);

    const CellGrants &photographer = vendors.cell(Role::Photographer);
    QVERIFY(photographer.view.isInheritedOnly());
    QCOMPARE(photographer.view.from, std::optional(Role::Vendor));
    QCOMPARE(photographer.view.text,
             u"photographer may view vendor_management: inherited from vendor's visibility"_s);
    QVERIFY(!photographer.edit.granted);
    QCOMPARE(photographer.edit.text,
             u"photographer may not edit vendor_management: only admin, coordinator and the roles "
             "in the section's canEdit (admin, coordinator) may edit it"_s);

    const CellGrants &vendor = vendors.cell(Role::Vendor);
    QCOMPARE(vendor.view.source, GrantSource::Direct);
    QCOMPARE(vendor.view.text,
             u"vendor may view vendor_management: the section is visible to vendor"_s);

    // Admin and coordinator see it directly and also inherit it: direct wins, all reasons kept.
    const CellGrants &coordinator = vendors.cell(Role::Coordinator);
    QCOMPARE(coordinator.view.source, GrantSource::Direct);
    QCOMPARE(coordinator.view.reasons.size(), 2);

    // Billing: only admin sees it; admin edits it through its list, coordinators may not edit.
    const RowGrants &billing = grants.at(7);
    QCOMPARE(billing.cell(Role::Admin).edit.source, GrantSource::Direct);
    QVERIFY(!billing.cell(Role::Coordinator).view.granted);
    QCOMPARE(billing.cell(Role::Coordinator).view.text,
             u"coordinator may not view billing: no rule grants it — visible to admin"_s);
    QCOMPARE(billing.cell(Role::Coordinator).edit.text,
             u"coordinator may not edit billing: only people who can view a section may edit it"_s);

    // An admin not named in canEdit still edits: a role rule, not the cell.
    SectionConfig notes = section(u"notes"_s, 0, {u"admin"_s, u"coordinator"_s}, {});
    const CellGrants admin = roleGrants(CompiledSection(notes), Role::Admin);
    QCOMPARE(admin.edit.source, GrantSource::RoleRule);
    QCOMPARE(admin.edit.text, u"admin may edit notes: admins edit every section"_s);
    QCOMPARE(roleGrants(CompiledSection(notes), Role::Coordinator).edit.source,
             GrantSource::RoleRule);

    // Without explanations: the same sources, no text.
    const QList<RowGrants> quick = matrixGrants(demoSections(), false);
    QCOMPARE(quick.at(5).cell(Role::Photographer).view.source, GrantSource::Inherited);
    QVERIFY(quick.at(5).cell(Role::Photographer).view.text.isEmpty());

    // Grants follow the edited matrix: vendor loses vendor_management, so does the photographer.
    PermissionMatrix edited = demoMatrix();
    edited.row(u"id-vendor_management"_s)->cell(Role::Vendor).view = false;
    const QList<RowGrants> after = matrixGrants(edited, demoSections());
    QVERIFY(!after.at(5).cell(Role::Photographer).view.granted);
    QVERIFY(after.at(5).cell(Role::Admin).view.granted);
}

void TestPermissionMatrixEdits::findingsOfTheEditedMatrix()
{
    const QList<SectionConfig> saved = demoSections();
    // The demo is clean apart from the photos' wedding phases (information).
    QCOMPARE(findingKeys(matrixFindings(demoMatrix(), saved)),
             QStringList {u"phase_hidden id-photos -"_s});

    // Copy photographer onto vendor: vendor gains edit on photos.
    PermissionMatrix copied = demoMatrix();
    copyMatrixRole(&copied, Role::Photographer, Role::Vendor);
    const IntegrityReport report = matrixFindings(copied, saved);
    QVERIFY2(findingKeys(report).contains(u"edit_escalation id-photos vendor"_s),
             qPrintable(findingKeys(report).join(u", ")));
    for (const IntegrityFinding &f : report.findings) {
        if (f.rule == u"edit_escalation"_s) {
            QCOMPARE(f.severity, IntegritySeverity::Warning);
            QVERIFY2(f.message.contains(u"Vendor"_s) && f.message.contains(u"Photos"_s),
                     qPrintable(f.message));
        }
    }

    // Edit without any view for a vendor: the checker's own escalation, once.
    PermissionMatrix blind = demoMatrix();
    blind.row(u"id-budget"_s)->cell(Role::Vendor).edit = true;
    const QStringList blindKeys = findingKeys(matrixFindings(blind, saved));
    QCOMPARE(blindKeys.count(u"edit_escalation id-budget vendor"_s), 1);

    // The seed's tables per role: vendor shown the guest list (restricted); couple loses budget
    // (required, an error on that cell); a photographer who hides without seeing.
    PermissionMatrix tables = demoMatrix();
    tables.row(u"id-guest_list"_s)->cell(Role::Vendor).view = true;
    tables.row(u"id-budget"_s)->cell(Role::Couple).view = false;
    tables.row(u"id-billing"_s)->cell(Role::Photographer).hide = true;
    const IntegrityReport problems = matrixFindings(tables, saved);
    const QStringList keys = findingKeys(problems);
    QVERIFY2(keys.contains(u"restricted_section id-guest_list vendor"_s),
             qPrintable(keys.join(u',')));
    QVERIFY2(keys.contains(u"missing_required_section id-budget couple"_s),
             qPrintable(keys.join(u',')));
    QVERIFY2(keys.contains(u"hide_without_view id-billing photographer"_s),
             qPrintable(keys.join(u',')));
    QVERIFY(!problems.valid);
    QCOMPARE(problems.findings.first().severity, IntegritySeverity::Error);

    // A required type the dashboard lacks is the role's, unless the context has it.
    QList<SectionConfig> wedding {section(u"music"_s, 0, {u"admin"_s}, {})};
    const PermissionMatrix weddingMatrix = PermissionMatrix::fromSections(Org, wedding);
    QVERIFY(findingKeys(matrixFindings(weddingMatrix, wedding))
                .contains(u"missing_required_section guest guest"_s));
    QVERIFY(!findingKeys(matrixFindings(weddingMatrix, wedding, saved))
                 .contains(u"missing_required_section guest guest"_s));
}

void TestPermissionMatrixEdits::findingsAreIncremental()
{
    MatrixFindings findings(demoSections());
    PermissionMatrix matrix = demoMatrix();
    QCOMPARE(findings.check(matrix), matrixFindings(matrix, demoSections()));
    // Toggle, toggle back, toggle elsewhere: always what a fresh check says.
    for (const auto &[id, role] : QList<QPair<QString, Role>> {{u"id-budget"_s, Role::Vendor},
                                                               {u"id-budget"_s, Role::Vendor},
                                                               {u"id-admin"_s, Role::Guest}}) {
        MatrixCell &cell = matrix.row(id)->cell(role);
        cell.edit = !cell.edit;
        QCOMPARE(findings.check(matrix), matrixFindings(matrix, demoSections()));
    }
    QCOMPARE(findings.edited().at(8).permissions.canEdit.contains(u"guest"_s), true);
    // Rows in another order are matched by id.
    std::reverse(matrix.rows.begin(), matrix.rows.end());
    QCOMPARE(findings.check(matrix), matrixFindings(matrix, demoSections()));
}

void TestPermissionMatrixEdits::findingJsonCarriesTheRole()
{
    IntegrityFinding finding {IntegritySeverity::Warning,
                              u"edit_escalation"_s,
                              IntegritySubject::Section,
                              u"s1"_s,
                              u"photos"_s,
                              u"Careful."_s,
                              Role::Vendor};
    const QJsonObject json = integrityFindingToJson(finding);
    QCOMPARE(json[u"role"_s].toString(), u"vendor"_s);
    QCOMPARE(integrityFindingFromJson(json).value(), finding);
    finding.role.reset();
    QVERIFY(!integrityFindingToJson(finding).contains(u"role"_s)); // as before
    const IntegrityFinding roleFinding {IntegritySeverity::Error,
                                        u"missing_required_section"_s,
                                        IntegritySubject::Role,
                                        u"guest"_s,
                                        u"photos"_s,
                                        u"No photos."_s,
                                        Role::Guest};
    QCOMPARE(integrityFindingFromJson(integrityFindingToJson(roleFinding)).value(), roleFinding);
    QJsonObject bad = json;
    bad[u"role"_s] = u"owner"_s;
    QVERIFY(!integrityFindingFromJson(bad).ok());
}

void TestPermissionMatrixEdits::matrixAndDiffJsonRoundTrip()
{
    PermissionMatrix matrix = demoMatrix();
    matrix.rows[1].weddingId = u"wedding-1"_s;
    const QJsonObject json = permissionMatrixToJson(matrix);
    QCOMPARE(json[u"roles"_s].toArray().first().toString(), u"admin"_s);
    QVERIFY(json[u"rows"_s][0][u"weddingId"_s].isNull());
    QCOMPARE(permissionMatrixFromJson(json).value(), matrix);

    PermissionMatrix after = matrix;
    copyMatrixRole(&after, Role::Photographer, Role::Vendor);
    const MatrixDiff diff = diffMatrices(matrix, after);
    const QJsonObject diffJson = matrixDiffToJson(diff);
    QCOMPARE(diffJson[u"changeCount"_s].toInt(), 3);
    QCOMPARE(diffJson[u"rows"_s][0][u"changes"_s][0].toObject(),
             (QJsonObject {{u"role"_s, u"vendor"_s},
                           {u"flag"_s, u"view"_s},
                           {u"before"_s, false},
                           {u"after"_s, true}}));
    QCOMPARE(matrixDiffFromJson(diffJson).value(), diff);

    QJsonObject broken = json;
    QJsonArray rows = broken[u"rows"_s].toArray();
    QJsonObject row = rows[0].toObject();
    row[u"cells"_s] = QJsonObject {{u"admin"_s, QJsonObject {{u"view"_s, u"yes"_s}}}};
    rows[0] = row;
    broken[u"rows"_s] = rows;
    const auto failed = permissionMatrixFromJson(broken);
    QVERIFY(!failed.ok());
    QVERIFY(fieldsOf(failed.error()).contains(u"rows[0].cells.admin.view"_s));

    const QJsonObject update = matrixUpdateToJson({matrix.rows.first()});
    QCOMPARE(update[u"rows"_s][0][u"version"_s].toInt(), 3);
    QCOMPARE(update[u"rows"_s][0][u"cells"_s][u"guest"_s].toObject(),
             matrixCellToJson(matrix.rows.first().cell(Role::Guest)));
}

void TestPermissionMatrixEdits::importRejects_data()
{
    QTest::addColumn<QJsonObject>("file");
    QTest::addColumn<QStringList>("fields");

    const QJsonObject good = vendorFile();
    const auto changed = [&](const QString &key, const QJsonValue &value) {
        QJsonObject f = good;
        if (value.isUndefined())
            f.remove(key);
        else
            f[key] = value;
        return f;
    };
    const QJsonObject timelineRow = good[u"rows"_s][0].toObject();
    const auto rowWithCells = [&](const QJsonObject &cells) {
        QJsonObject row = timelineRow;
        row[u"cells"_s] = cells;
        row[u"sectionType"_s] = u"budget"_s;
        return withRow(good, row);
    };
    const QJsonObject vendorCell = timelineRow[u"cells"_s][u"vendor"_s].toObject();

    QTest::newRow("wrong schema version")
        << changed(u"schemaVersion"_s, 2) << QStringList {u"schemaVersion"_s};
    QTest::newRow("schema version missing")
        << changed(u"schemaVersion"_s, QJsonValue::Undefined) << QStringList {u"schemaVersion"_s};
    QTest::newRow("wrong kind") << changed(u"kind"_s, u"wedsync.layout"_s)
                                << QStringList {u"kind"_s};
    QTest::newRow("unknown top-level field")
        << changed(u"owner"_s, u"me"_s) << QStringList {u"owner"_s};
    QTest::newRow("unknown role in roles")
        << changed(u"roles"_s, QJsonArray {u"vendor"_s, u"superuser"_s})
        << QStringList {u"roles[1]"_s};
    QTest::newRow("role listed twice") << changed(u"roles"_s, QJsonArray {u"vendor"_s, u"vendor"_s})
                                       << QStringList {u"roles[1]"_s};
    QTest::newRow("no roles") << changed(u"roles"_s, QJsonArray {}) << QStringList {u"roles"_s};
    QTest::newRow("rows not a list")
        << changed(u"rows"_s, u"timeline"_s) << QStringList {u"rows"_s};
    QTest::newRow("row not an object") << withRow(good, 42) << QStringList {u"rows[1]"_s};
    QTest::newRow("unknown role in cells")
        << rowWithCells({{u"vendor"_s, vendorCell}, {u"superuser"_s, vendorCell}})
        << QStringList {u"rows[1].cells.superuser"_s};
    QTest::newRow("cell of a role not in the file")
        << rowWithCells({{u"vendor"_s, vendorCell}, {u"guest"_s, vendorCell}})
        << QStringList {u"rows[1].cells.guest"_s};
    QTest::newRow("flag of the wrong type")
        << rowWithCells({{u"vendor"_s,
                          QJsonObject {{u"view"_s, u"yes"_s}, {u"edit"_s, 1}, {u"hide"_s, false}}}})
        << QStringList {u"rows[1].cells.vendor.view"_s, u"rows[1].cells.vendor.edit"_s};
    QTest::newRow("flag missing") << rowWithCells(
        {{u"vendor"_s, QJsonObject {{u"view"_s, true}, {u"edit"_s, true}}}})
                                  << QStringList {u"rows[1].cells.vendor.hide"_s};
    QTest::newRow("unknown flag") << rowWithCells(
        {{u"vendor"_s,
          QJsonObject {
              {u"view"_s, true}, {u"edit"_s, true}, {u"hide"_s, true}, {u"delete"_s, true}}}})
                                  << QStringList {u"rows[1].cells.vendor.delete"_s};
    QTest::newRow("cell not an object")
        << rowWithCells({{u"vendor"_s, true}}) << QStringList {u"rows[1].cells.vendor"_s};
    QTest::newRow("cell missing for a file role")
        << rowWithCells({}) << QStringList {u"rows[1].cells.vendor"_s};
    QTest::newRow("duplicate row")
        << withRow(good, timelineRow) << QStringList {u"rows[1].sectionType"_s};
    QJsonObject typeless = timelineRow;
    typeless[u"sectionType"_s] = 7;
    QTest::newRow("section type of the wrong type")
        << withRow(good, typeless) << QStringList {u"rows[1].sectionType"_s};
    QJsonObject extra = timelineRow;
    extra[u"sectionType"_s] = u"budget"_s;
    extra[u"sectionId"_s] = u"id-budget"_s;
    QTest::newRow("unknown row field")
        << withRow(good, extra) << QStringList {u"rows[1].sectionId"_s};
    QJsonArray many;
    for (int i = 0; i <= PermissionsDocumentLimits::MaxRows; ++i)
        many.append(QJsonObject {{u"sectionType"_s, QString(u"type_"_s + QString::number(i))},
                                 {u"cells"_s, QJsonObject {{u"vendor"_s, vendorCell}}}});
    QTest::newRow("more than 1000 rows") << changed(u"rows"_s, many) << QStringList {u"rows"_s};
    QTest::newRow("an empty object: every problem at once")
        << QJsonObject {} << QStringList {u"kind"_s, u"schemaVersion"_s, u"roles"_s, u"rows"_s};
}

void TestPermissionMatrixEdits::importRejects()
{
    QFETCH(QJsonObject, file);
    QFETCH(QStringList, fields);
    const auto parsed = parsePermissionsDocument(bytes(file));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"invalid_permissions_document"_s);
    QCOMPARE(fieldsOf(parsed.error()), fields);
    for (const FieldError &f : parsed.error().fields)
        QVERIFY2(f.message.size() > 20 && f.message.endsWith(u'.'), qPrintable(f.message));
    // The server's form names the same fields under "document".
    const auto nested = permissionsDocumentFromJson(file, u"document"_s);
    QVERIFY(!nested.ok());
    QCOMPARE(fieldsOf(nested.error()).first(), u"document."_s + fields.first());
}

void TestPermissionMatrixEdits::importOfUnknownSectionTypeChangesNothing()
{
    const QJsonObject file
        = withRow(vendorFile(),
                  QJsonObject {{u"sectionType"_s, u"seating"_s},
                               {u"cells"_s, vendorFile()[u"rows"_s][0][u"cells"_s]}});
    const auto document = parsePermissionsDocument(bytes(file));
    QVERIFY(document.ok());
    const PermissionMatrix target = demoMatrix();
    const auto imported = importPermissions(document.value(), target);
    QVERIFY(!imported.ok());
    QCOMPARE(fieldsOf(imported.error()), QStringList {u"rows[1].sectionType"_s});
    QVERIFY2(imported.error().fields.first().message.contains(u"\"seating\""_s),
             qPrintable(imported.error().fields.first().message));
    QCOMPARE(target, demoMatrix()); // a value: nothing to half-apply
}

void TestPermissionMatrixEdits::oversizedFile()
{
    const QByteArray big
        = "{\"pad\":\"" + QByteArray(PermissionsDocumentLimits::MaxBytes, 'x') + "\"}";
    const auto parsed = parsePermissionsDocument(big);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().fields.size(), 1);
    QVERIFY(parsed.error().fields.first().message.contains(u"1 MiB"_s));
    const auto malformed = parsePermissionsDocument("{\"kind\": ");
    QVERIFY(!malformed.ok());
    QVERIFY(malformed.error().fields.first().message.contains(u"not valid JSON"_s));
    QVERIFY(!parsePermissionsDocument("[1, 2]").ok());
}

void TestPermissionMatrixEdits::exportImportRoundTrip()
{
    // Another organization's matrix for the same types, with its own ids and different cells.
    PermissionMatrix source = demoMatrix();
    copyMatrixRole(&source, Role::Photographer, Role::Vendor);
    source.row(u"id-budget"_s)->cell(Role::Guest).hide = true;
    const PermissionsDocumentScope scope {
        Org, u"Evergreen"_s, {}, {}, QDateTime(QDate(2026, 6, 14), QTime(9, 30), QTimeZone::utc())};
    const PermissionsDocument exported = exportPermissions(source, {}, scope);
    QCOMPARE(exported.roles, matrixColumnRoles());
    QCOMPARE(exported.rows.size(), 9);

    const auto parsed = parsePermissionsDocument(permissionsDocumentBytes(exported));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().fields.value(0).message));
    QCOMPARE(parsed.value(), exported);

    PermissionMatrix target = demoMatrix();
    for (MatrixRow &row : target.rows)
        row.sectionId = u"other-"_s + row.sectionType;
    const auto imported = importPermissions(parsed.value(), target);
    QVERIFY(imported.ok());
    for (const MatrixRow &row : imported->matrix.rows) {
        QCOMPARE(row.cells, source.row(u"id-"_s + row.sectionType)->cells);
        QCOMPARE(row.sectionId, u"other-"_s + row.sectionType); // ids of the target
    }
    QCOMPARE(imported->diff.sectionIds(),
             (QStringList {u"other-photos"_s, u"other-budget"_s, u"other-vendor_management"_s}));
    // Importing the result again changes nothing.
    QVERIFY(importPermissions(parsed.value(), imported->matrix)->diff.isEmpty());

    // Only the rows of the exported dashboard.
    PermissionMatrix mixed = source;
    mixed.rows[0].weddingId = u"wedding-1"_s;
    QCOMPARE(exportPermissions(mixed, {}, scope).rows.size(), 8);
}

void TestPermissionMatrixEdits::oneRoleImportTouchesOnlyThatRole()
{
    PermissionMatrix source = demoMatrix();
    for (MatrixRow &row : source.rows) {
        row.cell(Role::Vendor) = {true, false, true};
        row.cell(Role::Guest) = {true, true, true};
    }
    const PermissionsDocument vendorOnly
        = exportPermissions(source, {Role::Vendor}, PermissionsDocumentScope {});
    QCOMPARE(vendorOnly.roles, QList<Role> {Role::Vendor});
    const QJsonObject json = permissionsDocumentToJson(vendorOnly);
    QCOMPARE(json[u"rows"_s][0][u"cells"_s].toObject().keys(), QStringList {u"vendor"_s});
    const auto imported = importPermissions(vendorOnly, demoMatrix());
    QVERIFY(imported.ok());
    for (const MatrixRowDiff &row : imported->diff.rows)
        QCOMPARE(row.roles(), QList<Role> {Role::Vendor});
    QCOMPARE(imported->diff.rows.size(), 9);
}

QTEST_GUILESS_MAIN(TestPermissionMatrixEdits)
#include "tst_permissionmatrixedits.moc"
