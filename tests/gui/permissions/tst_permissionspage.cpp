// The permission matrix as admins, support and coordinators use it: the real console signed in
// to a real demo server, on the offscreen platform. An admin toggles a cell and saves it, sees
// an inherited grant with its source, sets a whole column, copies the photographer onto the
// vendor and follows a finding to its cell, evaluates every demo member as the server does; a
// second console sees a save live; a stale save shows both sides per cell; a save made while
// the server is down waits in the outbox and arrives once it is back, or, when someone else
// changed the section meanwhile, becomes a conflict that overwrites nothing; support only looks.
#include "LayoutDocument.h"
#include "ModelRoles.h"
#include "ServerProcess.h"
#include "ShellTestSupport.h"
#include "Workspace.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "cache/Outbox.h"
#include "common/ScriptedPrompts.h"
#include "layout/LayoutFeed.h"
#include "layout/PermissionsApply.h"
#include "permissions/CellConflictDialog.h"
#include "permissions/EvaluatePane.h"
#include "permissions/PermissionImportDialog.h"
#include "permissions/PermissionTemplateDialog.h"
#include "permissions/PermissionsPage.h"
#include "shell/ConnectionStatusBar.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationSwitcher.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

const QString EvergreenAdmin = u"admin@evergreen.demo"_s;
const QString PlatformAdmin = u"platform@wedsync.demo"_s;
const QString Support = u"support@wedsync.demo"_s;
const QString Planner = u"planner@evergreen.demo"_s;

struct Console : PageConsole<PermissionsPage>
{
    using PageConsole::PageConsole;
    LayoutDocument *document() const { return page()->document(); }
    PermissionMatrixModel *model() const { return page()->model(); }
    QModelIndex cell(const QString &type, Role role) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (document()->section(model()->sectionIdAt(row))->sectionType == type)
                return model()->index(row, PermissionMatrixModel::columnOf(role));
        }
        return {};
    }
    int grant(const QString &type, Role role) const
    {
        return cell(type, role).data(GrantRole).toInt();
    }
};

} // namespace

class tst_PermissionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void toggleACellAndSave();
    void inheritedGrantShowsItsSource();
    void bulkSetAColumnIsOneUndoStep();
    void copyPhotographerOntoVendorAndFollowAFinding();
    void evaluateAgreesWithTheServerForEveryMember();
    void secondConsoleSeesTheSaveLive();
    void staleSaveShowsBothSidesPerCell();
    void importingABadFileShowsEveryErrorAndChangesNothing();
    void importingAFileAppliesItAsOneAuditedChange();
    void aTemplateIsPreviewedCellByCellBeforeItApplies();
    void saveWhileTheServerIsDownWaitsInTheOutbox();
    void staleOfflineSaveBecomesAConflictAndOverwritesNothing();
    void supportAndCoordinatorsOnlyLook();

private:
    std::unique_ptr<Console> open(const QString &email);
    bool saveAndWait(Console &console);
    QJsonObject serverSection(const QString &type);
    // The server again, on the same data: on the consoles' port, or on one they do not know.
    bool startServer(bool theConsolesPort);
    // Stops the server, toggles `flag` of `role` on `type` and saves: to the outbox.
    bool saveOffline(const QString &type, Role role, CellFlag flag);
    bool statusSaid(const QSignalSpy &messages, const QString &words) const;
    // A section's role list by its path: "visibility.roles", "permissions.canHide".
    static QJsonArray listOf(const QJsonObject &section, const QString &path);

    QTemporaryDir m_data;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_api; // the test's own view of the server, as the admin
    std::unique_ptr<Console> m_admin;
    QString m_evergreen;
    QString m_wedding; // Sophia & James, marrying today
    int m_port = 0; // where the consoles reach the server
    bool m_serverAway = false; // not on m_port (stopped, or elsewhere)
};

void tst_PermissionsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
    m_port = m_server.baseUrl().port();
    m_api = std::make_unique<ApiClient>(&m_nam);
    m_api->setBaseUrl(m_server.baseUrl());
    const QJsonObject login = replyJson(m_api->login(EvergreenAdmin, DemoPassword)).toObject();
    m_api->setAccessToken(login.value(u"accessToken"_s).toString());
    for (const QJsonValue &org : replyItems(m_api->organizations())) {
        if (org.toObject().value(u"name"_s).toString() == u"Evergreen Weddings")
            m_evergreen = org.toObject().value(u"id"_s).toString();
    }
    QVERIFY(!m_evergreen.isEmpty());
    for (const QJsonValue &wedding : replyItems(m_api->weddings(m_evergreen))) {
        if (wedding.toObject().value(u"coupleName"_s).toString() == u"Sophia & James")
            m_wedding = wedding.toObject().value(u"id"_s).toString();
    }
    QVERIFY(!m_wedding.isEmpty());
    m_admin = open(EvergreenAdmin);
    QVERIFY(m_admin);
}

void tst_PermissionsPage::cleanupTestCase()
{
    m_admin.reset();
}

void tst_PermissionsPage::cleanup()
{
    // A test that failed with the server away leaves it where the next one expects it.
    if (m_serverAway && m_server.stop() >= 0)
        startServer(true);
}

std::unique_ptr<Console> tst_PermissionsPage::open(const QString &email)
{
    auto console
        = std::make_unique<Console>(m_server.baseUrl(), email, u"permissions"_s, m_evergreen);
    if (!console->app)
        return {};
    if (!QTest::qWaitFor(
            [&] {
                return console->document()->organizationId() == m_evergreen
                    && console->model()->rowCount() >= 9;
            },
            30000)) {
        qWarning() << "the matrix did not load for" << email;
        return {};
    }
    return console;
}

bool tst_PermissionsPage::saveAndWait(Console &console)
{
    QSignalSpy finished(console.app->workspace()->permissionsFeed(), &LayoutFeed::saveFinished);
    auto *save = console.page()->findChild<QPushButton *>(u"permissionsSave"_s);
    if (!save || !save->isEnabled()) {
        qWarning() << "Save is not enabled";
        return false;
    }
    QTest::mouseClick(save, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 30000))
        return false;
    return finished.first().at(0).toBool();
}

QJsonObject tst_PermissionsPage::serverSection(const QString &type)
{
    for (const QJsonValue &section : replyItems(m_api->sectionsInScope(m_evergreen, {}))) {
        if (section.toObject().value(u"sectionType"_s).toString() == type)
            return section.toObject();
    }
    return {};
}

bool tst_PermissionsPage::startServer(bool theConsolesPort)
{
    QStringList arguments {u"--demo"_s, u"--data-dir"_s, m_data.path()};
    if (theConsolesPort)
        arguments << u"--listen"_s << u"127.0.0.1:%1"_s.arg(m_port);
    // A port of the system's choosing could be the consoles' one again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!m_server.start(arguments)) {
            qWarning() << m_server.errorString();
            return false;
        }
        if (theConsolesPort || m_server.baseUrl().port() != m_port)
            break;
        if (m_server.stop() != 0)
            return false;
    }
    m_api->setBaseUrl(m_server.baseUrl());
    m_serverAway = m_server.baseUrl().port() != m_port;
    return true;
}

bool tst_PermissionsPage::saveOffline(const QString &type, Role role, CellFlag flag)
{
    if (m_admin->app->workspace()->outbox()->pendingCount() != 0)
        return false;
    m_serverAway = true;
    if (m_server.stop() != 0)
        return false;
    if (!m_admin->model()->toggle(m_admin->cell(type, role), flag))
        return false;
    QSignalSpy locally(m_admin->app->workspace()->permissionsFeed(), &LayoutFeed::savedLocally);
    if (!saveAndWait(*m_admin) || locally.count() != 1) {
        qWarning() << "the save did not go to the outbox";
        return false;
    }
    return true;
}

QJsonArray tst_PermissionsPage::listOf(const QJsonObject &section, const QString &path)
{
    return section.value(path.section(u'.', 0, 0))
        .toObject()
        .value(path.section(u'.', 1, 1))
        .toArray();
}

bool tst_PermissionsPage::statusSaid(const QSignalSpy &messages, const QString &words) const
{
    QStringList said;
    for (const QList<QVariant> &message : messages)
        said.append(message.at(0).toString());
    if (said.join(u'\n').contains(words))
        return true;
    qWarning() << "the page said" << said << "but not" << words;
    return false;
}

void tst_PermissionsPage::toggleACellAndSave()
{
    PermissionsPage *page = m_admin->page();
    QVERIFY(!m_admin->document()->isReadOnly());
    QCOMPARE(m_admin->grant(u"budget"_s, Role::Vendor) & ViewFlag, 0);
    // Keyboard only: to the cell, then the view toggle's letter.
    QTableView *table = page->table();
    table->setFocus();
    const QModelIndex budgetVendor = m_admin->cell(u"budget"_s, Role::Vendor);
    auto *proxy = qobject_cast<const QAbstractProxyModel *>(table->model());
    table->setCurrentIndex(proxy->mapFromSource(budgetVendor));
    QTest::keyClick(table, Qt::Key_V);
    QVERIFY(m_admin->grant(u"budget"_s, Role::Vendor) & ViewFlag);
    QVERIFY(budgetVendor.data(ChangedRole).toInt() & ViewFlag);
    QCOMPARE(m_admin->document()->undoStack()->count(), 1);
    QVERIFY(saveAndWait(*m_admin));
    QVERIFY(!m_admin->document()->isModified());
    QVERIFY(serverSection(u"budget"_s)
                .value(u"visibility"_s)
                .toObject()
                .value(u"roles"_s)
                .toArray()
                .contains(u"vendor"_s));
    // And back, by clicking the toggle.
    QVERIFY(m_admin->model()->toggle(budgetVendor, ViewFlag));
    QVERIFY(saveAndWait(*m_admin));
    QVERIFY(!serverSection(u"budget"_s)
                 .value(u"visibility"_s)
                 .toObject()
                 .value(u"roles"_s)
                 .toArray()
                 .contains(u"vendor"_s));
}

void tst_PermissionsPage::inheritedGrantShowsItsSource()
{
    // Vendors see the vendor list; photographers are not given it, but inherit vendors' view.
    const QModelIndex cell = m_admin->cell(u"vendor_management"_s, Role::Photographer);
    QCOMPARE(cell.data(GrantRole).toInt() & ViewFlag, 0);
    QVERIFY(cell.data(EffectiveRole).toInt() & ViewFlag);
    const QStringList why = m_admin->model()->explanation(cell, ViewFlag);
    QVERIFY2(why.join(u' ').contains(u"inherited from"_s), qPrintable(why.join(u" | "_s)));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"inherited from"_s));
    // A direct grant is not inherited.
    const QModelIndex vendor = m_admin->cell(u"vendor_management"_s, Role::Vendor);
    QVERIFY(vendor.data(GrantRole).toInt() & ViewFlag);
}

void tst_PermissionsPage::bulkSetAColumnIsOneUndoStep()
{
    PermissionsPage *page = m_admin->page();
    QUndoStack *undo = m_admin->document()->undoStack();
    const int steps = undo->count();
    page->table()->selectColumn(PermissionMatrixModel::columnOf(Role::Guest));
    auto *allowHide = page->findChild<QAction *>(u"allow%1"_s.arg(int(HideFlag)));
    QVERIFY(allowHide);
    QVERIFY(allowHide->isEnabled());
    allowHide->trigger();
    for (int row = 0; row < m_admin->model()->rowCount(); ++row)
        QVERIFY(m_admin->model()
                    ->index(row, PermissionMatrixModel::columnOf(Role::Guest))
                    .data(GrantRole)
                    .toInt()
                & HideFlag);
    QCOMPARE(undo->count(), steps + 1);
    QVERIFY(undo->undoText().contains(u"hide"_s));
    undo->undo();
    QCOMPARE(m_admin->grant(u"billing"_s, Role::Guest) & HideFlag, 0);
    QVERIFY(!m_admin->document()->isModified());
}

void tst_PermissionsPage::copyPhotographerOntoVendorAndFollowAFinding()
{
    PermissionsPage *page = m_admin->page();
    page->copyRole(Role::Photographer, Role::Vendor);
    const auto undoCopy = qScopeGuard([this] { m_admin->document()->undoStack()->undo(); });
    for (int row = 0; row < m_admin->model()->rowCount(); ++row) {
        const int photographer
            = m_admin->model()
                  ->index(row, PermissionMatrixModel::columnOf(Role::Photographer))
                  .data(GrantRole)
                  .toInt();
        const int vendor = m_admin->model()
                               ->index(row, PermissionMatrixModel::columnOf(Role::Vendor))
                               .data(GrantRole)
                               .toInt();
        QCOMPARE(vendor, photographer);
    }
    // The vendor now edits the gallery: the findings say so, and lead to the cell.
    QListWidget *findings = page->findingsList();
    QListWidgetItem *escalation = nullptr;
    for (int i = 0; i < findings->count(); ++i) {
        const QString text = findings->item(i)->text();
        if (text.contains(u"Vendor"_s) && text.contains(u"edit"_s))
            escalation = findings->item(i);
    }
    QVERIFY2(escalation, "no finding about the vendor's new edit permission");
    findings->setCurrentItem(escalation);
    Q_EMIT findings->itemActivated(escalation);
    const QModelIndex current = page->table()->currentIndex();
    QVERIFY(current.isValid());
    auto *proxy = qobject_cast<const QAbstractProxyModel *>(page->table()->model());
    const QString id = m_admin->model()->sectionIdAt(proxy->mapToSource(current).row());
    QCOMPARE(m_admin->document()->section(id)->sectionType, u"photos"_s);
    QCOMPARE(proxy->mapToSource(current).column(), PermissionMatrixModel::columnOf(Role::Vendor));
}

void tst_PermissionsPage::evaluateAgreesWithTheServerForEveryMember()
{
    PermissionsPage *page = m_admin->page();
    QVERIFY(!m_admin->document()->isModified()); // evaluated as saved, as the server does
    page->showPane(u"evaluate"_s);
    EvaluatePane *evaluate = page->evaluatePane();
    const QJsonArray members = replyItems(m_api->members(m_evergreen));
    QVERIFY(members.size() >= 3);
    QTRY_VERIFY(evaluate->findChild<QComboBox *>(u"evaluatePerson"_s)->count() > members.size());
    evaluate->setWedding(m_wedding);
    evaluate->setMomentToWeddingDay();
    int compared = 0;
    for (const QJsonValue &member : members) {
        const QString userId = member.toObject().value(u"userId"_s).toString().isEmpty()
            ? member.toObject().value(u"id"_s).toString()
            : member.toObject().value(u"userId"_s).toString();
        evaluate->evaluateFor(userId);
        QTRY_VERIFY(!evaluate->results().isEmpty());
        QCoreApplication::processEvents();
        const QJsonObject server
            = replyJson(
                  m_api->effectivePermissions(m_evergreen, userId, m_wedding, evaluate->moment()))
                  .toObject();
        const QJsonArray items = server.value(u"items"_s).toArray();
        QVERIFY2(!items.isEmpty(), qPrintable(userId));
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            const QString sectionId = item.value(u"sectionId"_s).toString();
            const auto mine = evaluate->results().constFind(sectionId);
            if (mine == evaluate->results().cend())
                continue; // the wedding's own sections are not on the default's matrix
            const QString where = userId + u" on "_s + item.value(u"sectionType"_s).toString();
            QCOMPARE(mine->canView, item.value(u"canView"_s).toBool());
            QVERIFY2(mine->canEdit == item.value(u"canEdit"_s).toBool(), qPrintable(where));
            QVERIFY2(mine->canHide == item.value(u"canHide"_s).toBool(), qPrintable(where));
            const QJsonArray reasons = item.value(u"explanation"_s).toArray();
            QCOMPARE(mine->explanation.size(), reasons.size());
            for (int i = 0; i < reasons.size(); ++i)
                QCOMPARE(mine->explanation.at(i).text,
                         reasons.at(i).toObject().value(u"text"_s).toString());
            ++compared;
        }
    }
    QVERIFY(compared >= 9 * 3);
}

void tst_PermissionsPage::secondConsoleSeesTheSaveLive()
{
    auto other = open(PlatformAdmin);
    QVERIFY(other);
    QCOMPARE(other->grant(u"documents"_s, Role::Guest) & ViewFlag, 0);
    QVERIFY(m_admin->model()->toggle(m_admin->cell(u"documents"_s, Role::Guest), ViewFlag));
    QVERIFY(saveAndWait(*m_admin));
    QTRY_VERIFY_WITH_TIMEOUT(other->grant(u"documents"_s, Role::Guest) & ViewFlag, 20000);
    QVERIFY(!other->document()->isModified());
    QVERIFY(m_admin->model()->toggle(m_admin->cell(u"documents"_s, Role::Guest), ViewFlag));
    QVERIFY(saveAndWait(*m_admin));
    QTRY_VERIFY_WITH_TIMEOUT(!(other->grant(u"documents"_s, Role::Guest) & ViewFlag), 20000);
}

void tst_PermissionsPage::staleSaveShowsBothSidesPerCell()
{
    // This admin lets vendors edit the documents; meanwhile someone else lets guests edit them.
    QVERIFY(m_admin->model()->toggle(m_admin->cell(u"documents"_s, Role::Vendor), EditFlag));
    const QJsonObject documents = serverSection(u"documents"_s);
    QJsonArray canEdit = documents.value(u"permissions"_s).toObject().value(u"canEdit"_s).toArray();
    canEdit.append(u"guest"_s);
    ApiReply *patch = m_api->patchSection(
        documents.value(u"id"_s).toString(),
        QJsonObject {{u"permissions"_s, QJsonObject {{u"canEdit"_s, canEdit}}}},
        documents.value(u"metadata"_s).toObject().value(u"version"_s).toInteger());
    QVERIFY(!replyJson(patch).isNull());
    const QString id = documents.value(u"id"_s).toString();
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->document()->conflictedIds().contains(id), 20000);
    QVERIFY(m_admin->cell(u"documents"_s, Role::Guest).data(ConflictRole).toInt() & EditFlag);
    QVERIFY(m_admin->cell(u"documents"_s, Role::Vendor).data(ConflictRole).toInt() & EditFlag);
    QVERIFY(m_admin->page()
                ->findChild<QPushButton *>(u"permissionsReview"_s)
                ->isVisibleTo(m_admin->page()));

    // Saving asks first, cell by cell: keep the vendor's edit (mine), take the guest's (theirs).
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&dialogSeen] {
        auto *dialog = qobject_cast<CellConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTableWidget *cells = dialog->table();
        if (cells->rowCount() != 2) {
            dialog->reject();
            return;
        }
        dialogSeen = true;
        for (int row = 0; row < cells->rowCount(); ++row) {
            const bool guest = cells->item(row, 0)->text() == roleDisplayName(Role::Guest);
            static_cast<QComboBox *>(cells->cellWidget(row, 4))->setCurrentIndex(guest ? 1 : 0);
        }
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QVERIFY(!m_admin->page()->save());
    QVERIFY(dialogSeen);
    QVERIFY(m_admin->document()->conflictedIds().isEmpty());
    QVERIFY(saveAndWait(*m_admin));
    const QJsonArray stored = serverSection(u"documents"_s)
                                  .value(u"permissions"_s)
                                  .toObject()
                                  .value(u"canEdit"_s)
                                  .toArray();
    QVERIFY(stored.contains(u"vendor"_s));
    QVERIFY(stored.contains(u"guest"_s));
}

void tst_PermissionsPage::importingABadFileShowsEveryErrorAndChangesNothing()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"bad.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schemaVersion": 1, "kind": "wedsync.permissions", "roles": ["vendor"],
        "rows": [{"sectionType": "budget", "cells": {"vendor": {"view": "yes"}}},
                 {"sectionType": "budget", "cells": {"wizard": {"view": true}}}]})");
    file.close();
    const QJsonObject before = serverSection(u"budget"_s);
    m_admin->prompts()->queueOpenFileName(path);
    int problems = -1;
    QTimer::singleShot(0, this, [&problems] {
        auto *dialog = qobject_cast<PermissionImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        problems = dialog->canApply() ? -2 : dialog->changes()->topLevelItemCount();
        dialog->reject();
    });
    m_admin->page()->importFile();
    QVERIFY2(problems >= 2, qPrintable(QString::number(problems))); // each problem on its own row
    QVERIFY(!m_admin->document()->isModified());
    QCOMPARE(serverSection(u"budget"_s), before);
}

void tst_PermissionsPage::importingAFileAppliesItAsOneAuditedChange()
{
    // Export the vendor's column, let vendors see the photos in the file, import it back.
    QTemporaryDir folder;
    const QString path = folder.filePath(u"vendor.json"_s);
    m_admin->prompts()->queueSaveFileName(path);
    m_admin->page()->exportRoles({Role::Vendor});
    QFile exported(path);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QJsonObject file = QJsonDocument::fromJson(exported.readAll()).object();
    exported.close();
    QCOMPARE(file.value(u"roles"_s).toArray(), QJsonArray({u"vendor"_s}));
    QJsonArray rows = file.value(u"rows"_s).toArray();
    bool edited = false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        if (row.value(u"sectionType"_s).toString() != u"photos")
            continue;
        QJsonObject cells = row.value(u"cells"_s).toObject();
        QJsonObject vendor = cells.value(u"vendor"_s).toObject();
        QCOMPARE(vendor.value(u"view"_s).toBool(), false);
        vendor.insert(u"view"_s, true);
        cells.insert(u"vendor"_s, vendor);
        row.insert(u"cells"_s, cells);
        rows.replace(i, row);
        edited = true;
    }
    QVERIFY(edited);
    file.insert(u"rows"_s, rows);
    QFile changed(path);
    QVERIFY(changed.open(QIODevice::WriteOnly | QIODevice::Truncate));
    changed.write(QJsonDocument(file).toJson());
    changed.close();

    const qint64 version = serverSection(u"photos"_s)
                               .value(u"metadata"_s)
                               .toObject()
                               .value(u"version"_s)
                               .toInteger();
    m_admin->prompts()->queueOpenFileName(path);
    int changes = -1;
    QTimer::singleShot(0, this, [&changes] {
        auto *dialog = qobject_cast<PermissionImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        changes = dialog->canApply() ? dialog->changes()->topLevelItemCount() : -2;
        dialog->accept();
    });
    QSignalSpy applied(m_admin->app->workspace()->findChild<PermissionsApply *>(),
                       &PermissionsApply::finished);
    m_admin->page()->importFile();
    QCOMPARE(changes, 1); // one cell: vendor may view the photos
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 20000);
    QVERIFY2(applied.first().at(0).toBool(),
             qPrintable(applied.first().at(2).value<ApiError>().message));
    const QJsonObject photos = serverSection(u"photos"_s);
    QVERIFY(
        photos.value(u"visibility"_s).toObject().value(u"roles"_s).toArray().contains(u"vendor"_s));
    QCOMPARE(photos.value(u"metadata"_s).toObject().value(u"version"_s).toInteger(), version + 1);
    // On screen too, without a save of this console's own.
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->grant(u"photos"_s, Role::Vendor) & ViewFlag, 20000);
    QVERIFY(!m_admin->document()->isModified());
    // And back, so that the other tests see the demo's grants.
    QVERIFY(m_admin->model()->toggle(m_admin->cell(u"photos"_s, Role::Vendor), ViewFlag));
    QVERIFY(saveAndWait(*m_admin));
}

// Answers the template dialog once it opens (it opens when the templates arrive): picks
// `templateId`, reads its preview into `lines` ("section|role|permission|now|after"), then
// applies or cancels.
static void answerTemplateDialog(QObject *context, const QString &templateId, bool apply,
                                 QStringList *lines, bool *seen)
{
    auto *poll = new QTimer(context);
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, context, [=] {
        auto *dialog = qobject_cast<PermissionTemplateDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        *seen = true;
        QComboBox *choice = dialog->templates();
        choice->setCurrentIndex(choice->findData(templateId));
        QTreeWidget *changes = dialog->changes();
        for (int i = 0; i < changes->topLevelItemCount(); ++i) {
            QStringList cells;
            for (int column = 0; column < changes->columnCount(); ++column)
                cells << changes->topLevelItem(i)->text(column);
            lines->append(cells.join(u'|'));
        }
        if (apply && dialog->applyButton()->isEnabled())
            QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        else
            dialog->reject();
    });
    poll->start();
}

void tst_PermissionsPage::aTemplateIsPreviewedCellByCellBeforeItApplies()
{
    QCOMPARE(m_admin->grant(u"documents"_s, Role::Photographer) & EditFlag, 0);
    QCOMPARE(m_admin->grant(u"photos"_s, Role::Photographer) & HideFlag, 0);
    const qint64 version = serverSection(u"documents"_s)
                               .value(u"metadata"_s)
                               .toObject()
                               .value(u"version"_s)
                               .toInteger();
    auto *button = m_admin->page()->findChild<QPushButton *>(u"applyPermissionTemplate"_s);
    QVERIFY(button && button->isEnabled());

    // The preview names the cell; Cancel sends nothing.
    QStringList lines;
    bool seen = false;
    answerTemplateDialog(this, u"photography_studio"_s, false, &lines, &seen);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(seen, 20000);
    QVERIFY2(lines.contains(u"Documents|Photographer|edit|not allowed|allowed"_s)
                 && lines.contains(u"Photos|Photographer|hide|not allowed|allowed"_s),
             qPrintable(lines.join(u'\n')));
    QTest::qWait(200);
    QCOMPARE(serverSection(u"documents"_s)
                 .value(u"metadata"_s)
                 .toObject()
                 .value(u"version"_s)
                 .toInteger(),
             version);

    // Applied: one audited change on the server, and on screen without a save of its own.
    lines.clear();
    seen = false;
    QSignalSpy applied(m_admin->app->workspace()->findChild<PermissionsApply *>(),
                       &PermissionsApply::finished);
    answerTemplateDialog(this, u"photography_studio"_s, true, &lines, &seen);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(seen, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 20000);
    QVERIFY2(applied.first().at(0).toBool(),
             qPrintable(applied.first().at(2).value<ApiError>().message));
    QVERIFY(listOf(serverSection(u"documents"_s), u"permissions.canEdit"_s)
                .contains(u"photographer"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->grant(u"documents"_s, Role::Photographer) & EditFlag, 20000);
    QVERIFY(!m_admin->document()->isModified());
    // And back, so that the other tests see the demo's grants.
    QVERIFY(m_admin->model()->toggle(m_admin->cell(u"documents"_s, Role::Photographer), EditFlag));
    QVERIFY(m_admin->model()->toggle(m_admin->cell(u"photos"_s, Role::Photographer), HideFlag));
    QVERIFY(saveAndWait(*m_admin));
}

void tst_PermissionsPage::saveWhileTheServerIsDownWaitsInTheOutbox()
{
    Outbox *outbox = m_admin->app->workspace()->outbox();
    const qsizetype conflicts = outbox->conflicts().size();
    const QString budget = serverSection(u"budget"_s).value(u"id"_s).toString();
    QCOMPARE(m_admin->grant(u"budget"_s, Role::Vendor) & ViewFlag, 0);

    // Vendors may see the budget, saved while the server is away.
    QSignalSpy said(m_admin->page(), &ConsolePage::statusMessage);
    QVERIFY(saveOffline(u"budget"_s, Role::Vendor, ViewFlag));
    const QList<OutboxEntry> waiting = outbox->pending();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().entityId, budget);
    QVERIFY(listOf(waiting.first().body, u"visibility.roles"_s).contains(u"vendor"_s));
    // The page says where the change is; nothing is lost or left to save twice.
    QVERIFY(statusSaid(said, u"saved on this computer"_s));
    QVERIFY(m_admin->grant(u"budget"_s, Role::Vendor) & ViewFlag);
    QVERIFY(!m_admin->document()->isModified());
    auto *notice = m_admin->app->mainWindow()->connectionStatus()->findChild<QToolButton *>(
        u"outboxNotice"_s);
    QVERIFY(notice);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 20000);

    // Back on the same port: the console reconnects and the outbox sends the change, once.
    QVERIFY(startServer(true));
    QTRY_COMPARE_WITH_TIMEOUT(outbox->pendingCount(), 0, 60000);
    QCOMPARE(outbox->conflicts().size(), conflicts);
    QVERIFY(listOf(serverSection(u"budget"_s), u"visibility.roles"_s).contains(u"vendor"_s));
    QVERIFY(m_admin->grant(u"budget"_s, Role::Vendor) & ViewFlag);
    QTRY_VERIFY_WITH_TIMEOUT(!m_admin->document()->isModified(), 20000);
    // And back, for the tests after this one.
    QVERIFY(m_admin->model()->toggle(m_admin->cell(u"budget"_s, Role::Vendor), ViewFlag));
    QVERIFY(saveAndWait(*m_admin));
}

void tst_PermissionsPage::staleOfflineSaveBecomesAConflictAndOverwritesNothing()
{
    // Offline, this admin lets vendors hide the timeline; meanwhile someone else lets the
    // couple hide it.
    Outbox *outbox = m_admin->app->workspace()->outbox();
    const qsizetype conflicts = outbox->conflicts().size();
    const QJsonObject timeline = serverSection(u"timeline"_s);
    const QString id = timeline.value(u"id"_s).toString();
    const QJsonArray canHide = listOf(timeline, u"permissions.canHide"_s);
    QVERIFY(!canHide.contains(u"vendor"_s) && !canHide.contains(u"couple"_s));
    QSignalSpy said(m_admin->page(), &ConsolePage::statusMessage);
    QVERIFY(saveOffline(u"timeline"_s, Role::Vendor, HideFlag));
    QCOMPARE(outbox->pendingCount(), 1);

    // Someone else's change, made where this console cannot see it (another port, same data).
    QVERIFY(startServer(false));
    QJsonArray theirs = canHide;
    theirs.append(u"couple"_s);
    QVERIFY(
        !replyJson(m_api->patchSection(
                       id, QJsonObject {{u"permissions"_s, QJsonObject {{u"canHide"_s, theirs}}}},
                       timeline.value(u"metadata"_s).toObject().value(u"version"_s).toInteger()))
             .isNull());
    QCOMPARE(m_server.stop(), 0);
    QVERIFY(startServer(true));

    // The replay finds a newer version: a conflict with both sides, and the server keeps theirs.
    QTRY_COMPARE_WITH_TIMEOUT(outbox->pendingCount(), 0, 60000);
    const QList<ConflictRecord> recorded = outbox->conflicts();
    QCOMPARE(recorded.size(), conflicts + 1);
    const auto conflict = std::find_if(recorded.cbegin(), recorded.cend(),
                                       [&id](const ConflictRecord &c) { return c.entityId == id; });
    QVERIFY(conflict != recorded.cend());
    QVERIFY(listOf(conflict->mine, u"permissions.canHide"_s).contains(u"vendor"_s));
    QVERIFY(listOf(conflict->theirs, u"permissions.canHide"_s).contains(u"couple"_s));
    const QJsonArray stored = listOf(serverSection(u"timeline"_s), u"permissions.canHide"_s);
    QVERIFY(stored.contains(u"couple"_s));
    QVERIFY(!stored.contains(u"vendor"_s));
    // The matrix shows what the server has, not the edit that did not land, and says why; the
    // status bar leads to the conflict.
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->grant(u"timeline"_s, Role::Couple) & HideFlag, 20000);
    QCOMPARE(m_admin->grant(u"timeline"_s, Role::Vendor) & HideFlag, 0);
    QVERIFY(!m_admin->document()->isModified());
    QVERIFY(statusSaid(said, u"Someone else saved the permissions of"_s));
    auto *notice = m_admin->app->mainWindow()->connectionStatus()->findChild<QToolButton *>(
        u"outboxNotice"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(notice->text().contains(u"1 conflict to resolve"_s),
                              qPrintable(notice->text()), 20000);

    // The demo's grants again, for the tests after this one.
    const QJsonObject now = serverSection(u"timeline"_s);
    QVERIFY(
        !replyJson(m_api->patchSection(
                       id, QJsonObject {{u"permissions"_s, QJsonObject {{u"canHide"_s, canHide}}}},
                       now.value(u"metadata"_s).toObject().value(u"version"_s).toInteger()))
             .isNull());
}

void tst_PermissionsPage::supportAndCoordinatorsOnlyLook()
{
    for (const QString &email : {Support, Planner}) {
        auto console = open(email);
        QVERIFY2(console, qPrintable(email));
        QVERIFY(console->document()->isReadOnly());
        QVERIFY(!console->model()->toggle(console->cell(u"budget"_s, Role::Vendor), ViewFlag));
        QVERIFY(!console->document()->isModified());
        auto *notice = console->page()->findChild<QLabel *>(u"permissionsNotice"_s);
        QVERIFY(notice->text().contains(u"Read-only"_s));
        QVERIFY(!console->page()->findChild<QPushButton *>(u"copyRole"_s)->isEnabled());
    }
}

QTEST_MAIN(tst_PermissionsPage)
#include "tst_permissionspage.moc"
