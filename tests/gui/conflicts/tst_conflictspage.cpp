// The conflict center as support staff and admins use it: the real console signed in to a real
// demo server, on the offscreen platform. Support merges a demo conflict field by field (with an
// own value, undone and redone) and the server has the merged section and the audit row; a
// conflict two sessions make reaches two consoles live and leaves both when one resolves it;
// bulk resolution asks first, and a conflict that cannot be applied is listed with its reason
// while the others are; this console's own refused offline edit is listed once and resolves;
// an entity that moved on again is shown afresh rather than overwritten.
#include "AuditRecord.h"
#include "ConflictListModel.h"
#include "ConflictMergeModel.h"
#include "ModelRoles.h"
#include "ServerProcess.h"
#include "ShellTestSupport.h"
#include "Workspace.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "audit/AuditDetailPane.h"
#include "cache/Outbox.h"
#include "common/ScriptedPrompts.h"
#include "conflicts/ConflictDetailPane.h"
#include "conflicts/ConflictFeed.h"
#include "conflicts/ConflictResolutions.h"
#include "conflicts/ConflictsPage.h"
#include "notices/NoticeCenter.h"
#include "shell/MainWindow.h"
#include "shell/NoticeTray.h"
#include "shell/SettingsDialog.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

const QString EvergreenAdmin = u"admin@evergreen.demo"_s;
const QString Support = u"support@wedsync.demo"_s;

struct Console : PageConsole<ConflictsPage>
{
    using PageConsole::PageConsole;
    ConflictListModel *list() const { return page()->model(); }
    ConflictDetailPane *detail() const { return page()->details(); }
    ConflictMergeModel *merge() const { return detail()->model(); }
    int rowOfLabel(const QString &label) const
    {
        for (int row = 0; row < list()->rowCount(); ++row) {
            if (list()->item(row).label == label)
                return row;
        }
        return -1;
    }
    QString sidebarText() const
    {
        auto *sidebar = app->mainWindow()->findChild<QListWidget *>(u"sidebar"_s);
        for (int i = 0; sidebar && i < sidebar->count(); ++i) {
            if (sidebar->item(i)->data(Qt::UserRole).toString() == u"conflicts")
                return sidebar->item(i)->text();
        }
        return {};
    }
};

} // namespace

class tst_ConflictsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void supportMergesADemoConflictFieldByField();
    void aConflictTwoSessionsMakeLeavesEveryConsoleWhenResolved();
    void bulkAsksFirstAndListsWhatCouldNotBeApplied();
    void anOfflineEditRefusedOnReplayIsListedOnceAndResolves();
    void anEntityThatMovedOnIsShownAgainNotOverwritten();

private:
    std::unique_ptr<Console> open(const QString &email, const QString &organizationId = {});
    QJsonObject serverSection(const QString &organizationId, const QString &type);
    // A keyed write on a stale version: the server refuses it and files a conflict.
    QString makeConflict(const QString &type, const QString &mineSubtitle,
                         const QString &theirsSubtitle);
    QJsonArray auditOf(const QString &entityType, const QString &entityId);

    QTemporaryDir m_data;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_api; // the test's own view of the server, as Evergreen's admin
    std::unique_ptr<Console> m_support;
    QString m_evergreen;
};

void tst_ConflictsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiClient>(&m_nam);
    m_api->setBaseUrl(m_server.baseUrl());
    const QJsonObject login = replyJson(m_api->login(EvergreenAdmin, DemoPassword)).toObject();
    m_api->setAccessToken(login.value(u"accessToken"_s).toString());
    for (const QJsonValue &org : replyItems(m_api->organizations())) {
        if (org.toObject().value(u"name"_s).toString() == u"Evergreen Weddings")
            m_evergreen = org.toObject().value(u"id"_s).toString();
    }
    QVERIFY(!m_evergreen.isEmpty());
    m_support = open(Support);
    QVERIFY(m_support);
}

void tst_ConflictsPage::cleanupTestCase()
{
    m_support.reset();
}

std::unique_ptr<Console> tst_ConflictsPage::open(const QString &email,
                                                 const QString &organizationId)
{
    auto console
        = std::make_unique<Console>(m_server.baseUrl(), email, u"conflicts"_s, organizationId);
    if (!console->app || !console->page())
        return {};
    if (!QTest::qWaitFor([&] { return console->list()->rowCount() > 0; }, 30000)) {
        qWarning() << "the conflicts did not load for" << email;
        return {};
    }
    return console;
}

QJsonObject tst_ConflictsPage::serverSection(const QString &organizationId, const QString &type)
{
    for (const QJsonValue &section : replyItems(m_api->sectionsInScope(organizationId, {}))) {
        if (section.toObject().value(u"sectionType"_s).toString() == type)
            return section.toObject();
    }
    return {};
}

QString tst_ConflictsPage::makeConflict(const QString &type, const QString &mineSubtitle,
                                        const QString &theirsSubtitle)
{
    const QJsonObject section = serverSection(m_evergreen, type);
    const QString id = section.value(u"id"_s).toString();
    const qint64 version = section.value(u"version"_s).toInteger();
    // Theirs lands first; mine, made on the same version, is refused.
    if (replyJson(
            m_api->patchSection(
                id, {{u"customization"_s, QJsonObject {{u"subtitle"_s, theirsSubtitle}}}}, version))
            .isNull())
        return {};
    ApiReply *refused = m_api->patchSection(
        id, {{u"customization"_s, QJsonObject {{u"subtitle"_s, mineSubtitle}}}}, version,
        QUuid::createUuid().toString(QUuid::WithoutBraces));
    replyJson(refused);
    QUrlQuery query;
    query.addQueryItem(u"entityId"_s, id);
    for (const QJsonValue &conflict : replyItems(m_api->conflicts(query))) {
        if (conflict.toObject()
                .value(u"mine"_s)
                .toObject()
                .value(u"customization"_s)
                .toObject()
                .value(u"subtitle"_s)
                .toString()
            == mineSubtitle)
            return conflict.toObject().value(u"id"_s).toString();
    }
    return {};
}

QJsonArray tst_ConflictsPage::auditOf(const QString &entityType, const QString &entityId)
{
    QUrlQuery query;
    query.addQueryItem(u"entityType"_s, entityType);
    query.addQueryItem(u"entityId"_s, entityId);
    return replyItems(m_api->audit(query));
}

void tst_ConflictsPage::supportMergesADemoConflictFieldByField()
{
    Console &support = *m_support;
    // The demo's open conflicts, across tenants, with their count in the sidebar.
    QTRY_VERIFY(support.list()->rowCount() >= 4);
    QTRY_VERIFY2(support.sidebarText().contains(QString::number(support.list()->rowCount())),
                 qPrintable(support.sidebarText()));
    const int row = support.rowOfLabel(u"Budget"_s);
    QVERIFY(row >= 0);
    const ConflictItem budget = support.list()->item(row);
    QVERIFY(budget.conflictFields.contains(u"customization.subtitle"_s));
    QVERIFY(support.page()->openConflict(budget.id));
    QTRY_COMPARE(support.merge()->conflict().id, budget.id);

    // One-sided changes are merged already; the subtitle waits for a choice.
    ConflictMergeModel *merge = support.merge();
    const int subtitle = merge->rowOf(u"customization.subtitle"_s);
    QVERIFY(subtitle >= 0);
    QVERIFY(merge->needsChoice(subtitle));
    int merged = 0;
    for (int r = 0; r < merge->rowCount(); ++r)
        merged += merge->needsChoice(r) ? 0 : 1;
    QVERIFY2(merged >= 1, "the one-sided title and colour changes are merged by themselves");
    QPushButton *apply = support.detail()->applyButton();
    QVERIFY(!apply->isEnabled());

    // An own value, undone (Apply off again) and redone.
    QVERIFY(support.detail()->chooseValue(u"customization.subtitle"_s, u"Merged by support"_s));
    QVERIFY(merge->isComplete());
    QVERIFY(apply->isEnabled());
    QVERIFY2(apply->text().contains(u"merged"_s), qPrintable(apply->text()));
    support.detail()->undoStack()->undo();
    QVERIFY(!apply->isEnabled());
    support.detail()->undoStack()->redo();
    QVERIFY(apply->isEnabled());

    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(support.list()->rowOf(budget.id), -1, 20000);
    QTRY_VERIFY(!support.sidebarText().isEmpty());
    // The resolver goes on with the next conflict of the queue, already open.
    QTRY_VERIFY(support.merge()->hasConflict());
    QVERIFY(support.merge()->conflict().id != budget.id);
    QCOMPARE(support.page()->view()->currentIndex().data(IdRole).toString(),
             support.merge()->conflict().id);

    // On the server: the merged section (own subtitle and the one-sided changes) and the
    // resolution in the audit trail.
    const QJsonObject section = serverSection(m_evergreen, u"budget"_s);
    const QJsonObject customization = section.value(u"customization"_s).toObject();
    QCOMPARE(customization.value(u"subtitle"_s).toString(), u"Merged by support"_s);
    const MergeResult expected = mergeOf(budget);
    for (const MergeField &field : expected.fields) {
        if (field.kind == MergeFieldKind::Mine && field.path.startsWith(u"customization."_s))
            QCOMPARE(customization.value(field.path.mid(14)), field.mine);
    }
    bool audited = false;
    for (const QJsonValue &entry : auditOf(u"sync_conflict"_s, budget.id))
        audited = audited || entry.toObject().value(u"action"_s).toString() == u"conflict_resolve";
    QVERIFY2(audited, "the resolution has its audit row");

    // The audit trail's row of the resolution leads back to the conflict, shown as it ended.
    auto *auditDetail = support.app->mainWindow()->page(u"audit"_s)->findChild<AuditDetailPane *>();
    QVERIFY(auditDetail);
    AuditRecord resolution;
    resolution.entityType = u"sync_conflict"_s;
    resolution.entityId = budget.id;
    resolution.action = u"conflict_resolve"_s;
    resolution.occurredAt = QDateTime::currentDateTimeUtc();
    auditDetail->showRecord(resolution, u"support"_s, u"Evergreen Weddings"_s);
    auto *openConflict = auditDetail->findChild<QPushButton *>(u"auditOpenConflict"_s);
    QVERIFY(openConflict && !openConflict->isHidden());
    QTest::mouseClick(openConflict, Qt::LeftButton);
    QCOMPARE(support.app->mainWindow()->currentPage()->pageId(), u"conflicts"_s);
    QTRY_COMPARE_WITH_TIMEOUT(support.merge()->conflict().id, budget.id, 20000);
    QCOMPARE(support.merge()->conflict().status, u"resolved"_s);
    QVERIFY(!apply->isEnabled());
    auto *note = support.detail()->findChild<QLabel *>(u"conflictNote"_s);
    QVERIFY2(note->text().contains(u"merged"_s), qPrintable(note->text()));
}

void tst_ConflictsPage::aConflictTwoSessionsMakeLeavesEveryConsoleWhenResolved()
{
    auto admin = open(EvergreenAdmin, m_evergreen);
    QVERIFY(admin);
    const int supportRows = m_support->list()->rowCount();
    m_support->app->notices()->setIntervalMs(1); // no notice of an earlier test holds it back
    const QString id = makeConflict(u"timeline"_s, u"Mine, refused"_s, u"Theirs, saved first"_s);
    QVERIFY(!id.isEmpty());
    // Both consoles list it without a refresh.
    QTRY_VERIFY_WITH_TIMEOUT(m_support->list()->rowOf(id) >= 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(admin->list()->rowOf(id) >= 0, 20000);
    QCOMPARE(m_support->list()->rowCount(), supportRows + 1);
    // Support hears of it: a desktop notice (the status bar here, without a tray) that opens it.
    NoticeTray *tray = m_support->app->noticeTray();
    QTRY_COMPARE_WITH_TIMEOUT(tray->lastNotice().itemId, id, 20000);
    QCOMPARE(tray->lastNotice().pageId, u"conflicts"_s);
    QVERIFY2(
        m_support->app->mainWindow()->statusBar()->currentMessage().contains(u"New conflict"_s),
        qPrintable(m_support->app->mainWindow()->statusBar()->currentMessage()));
    // ...unless support turned that kind off in Settings.
    auto *box = m_support->app->settingsDialog()->findChild<QCheckBox *>(
        u"notice_%1"_s.arg(int(NoticeKind::Conflict)));
    QVERIFY(box);
    QVERIFY(box->isChecked());
    box->setChecked(false);
    QVERIFY(!m_support->app->notices()->isEnabled(NoticeKind::Conflict));
    const Notice before = tray->lastNotice();
    m_support->app->notices()->post({NoticeKind::Conflict, u"x"_s, u"y"_s, u"conflicts"_s, {}});
    QCOMPARE(tray->lastNotice().title, before.title);
    box->setChecked(true);

    // The admin keeps the server's side; support's list loses the row at once.
    QVERIFY(admin->page()->openConflict(id));
    QTRY_COMPARE(admin->merge()->conflict().id, id);
    admin->merge()->chooseAll(FieldChoice::Side::Theirs);
    QPushButton *apply = admin->detail()->applyButton();
    QVERIFY(apply->isEnabled());
    QVERIFY2(apply->text().contains(u"server"_s), qPrintable(apply->text()));
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(admin->list()->rowOf(id), -1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_support->list()->rowOf(id), -1, 20000);
    QCOMPARE(serverSection(m_evergreen, u"timeline"_s)
                 .value(u"customization"_s)
                 .toObject()
                 .value(u"subtitle"_s)
                 .toString(),
             u"Theirs, saved first"_s);
    QVERIFY(!auditOf(u"sync_conflict"_s, id).isEmpty());
}

void tst_ConflictsPage::bulkAsksFirstAndListsWhatCouldNotBeApplied()
{
    Console &support = *m_support;
    const QString a = makeConflict(u"photos"_s, u"Photos, refused"_s, u"Photos, saved"_s);
    const QString b = makeConflict(u"documents"_s, u"Documents, refused"_s, u"Documents, saved"_s);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(support.list()->rowOf(a) >= 0 && support.list()->rowOf(b) >= 0, 20000);
    // The gallery goes away meanwhile: keeping the refused change cannot apply to it.
    const QJsonObject gallery = serverSection(m_evergreen, u"photos"_s);
    replyJson(m_api->deleteSection(gallery.value(u"id"_s).toString(),
                                   gallery.value(u"version"_s).toInteger()));
    QVERIFY(serverSection(m_evergreen, u"photos"_s).isEmpty());

    QTableView *view = support.page()->view();
    view->clearSelection();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex index = view->model()->index(r, 0);
        const QString id = index.data(IdRole).toString();
        if (id == a || id == b)
            view->selectionModel()->select(index,
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    // Asked first (and a no changes nothing).
    auto *bulkMine = support.page()->findChild<QPushButton *>(u"bulkMineButton"_s);
    QVERIFY(bulkMine->isEnabled());
    QVERIFY2(bulkMine->text().contains(u"2"_s), qPrintable(bulkMine->text()));
    support.prompts()->clear();
    support.prompts()->queueConfirm(false);
    QTest::mouseClick(bulkMine, Qt::LeftButton);
    QCOMPARE(support.prompts()->asked().size(), 1);
    QVERIFY2(support.prompts()->asked().first().text.contains(u"Documents"_s),
             qPrintable(support.prompts()->asked().first().text));
    QVERIFY(support.list()->rowOf(a) >= 0 && support.list()->rowOf(b) >= 0);

    QSignalSpy finished(support.app->workspace()->conflictResolutions(),
                        &ConflictResolutions::bulkFinished);
    support.prompts()->clear();
    support.prompts()->queueConfirm(true);
    QTest::mouseClick(bulkMine, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().at(0).toInt(), 1);
    const auto failures = finished.first().at(1).value<QList<ConflictFailure>>();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().id, a);
    QVERIFY2(!failures.first().reason.isEmpty(), "a failure says why");
    // The failure is told, with its reason; the applied one left the list, the other stays.
    bool informed = false;
    for (const auto &asked : support.prompts()->asked())
        informed = informed
            || (asked.kind == ScriptedPrompts::Asked::Kind::Inform
                && asked.text.contains(failures.first().reason));
    QVERIFY(informed);
    QTRY_COMPARE(support.list()->rowOf(b), -1);
    QVERIFY(support.list()->rowOf(a) >= 0);
    QCOMPARE(serverSection(m_evergreen, u"documents"_s)
                 .value(u"customization"_s)
                 .toObject()
                 .value(u"subtitle"_s)
                 .toString(),
             u"Documents, refused"_s);
    QVERIFY(!auditOf(u"sync_conflict"_s, b).isEmpty());

    // The gallery's can still be closed: the server's side (the section is gone) is kept.
    support.page()->openConflict(a);
    support.prompts()->clear();
    support.prompts()->queueConfirm(true);
    QVERIFY(view->selectionModel()->selectedRows().size() == 1);
    support.page()->resolveSelected(u"theirs"_s);
    QTRY_COMPARE_WITH_TIMEOUT(support.list()->rowOf(a), -1, 20000);
}

void tst_ConflictsPage::anOfflineEditRefusedOnReplayIsListedOnceAndResolves()
{
    auto admin = open(EvergreenAdmin, m_evergreen);
    QVERIFY(admin);
    const QJsonObject section = serverSection(m_evergreen, u"budget"_s);
    QVERIFY(!section.isEmpty());
    const qint64 version = section.value(u"version"_s).toInteger();
    // Made offline on the version the console had...
    OutboxEntry edit;
    edit.method = "PATCH";
    edit.path = u"/api/v1/sections/"_s + section.value(u"id"_s).toString();
    edit.body = {{u"customization"_s, QJsonObject {{u"subtitle"_s, u"Typed offline"_s}}}};
    edit.baseVersion = version;
    edit.base = section;
    edit.entityType = u"section_configuration"_s;
    edit.entityId = section.value(u"id"_s).toString();
    edit.organizationId = m_evergreen;
    edit.label = u"Budget subtitle"_s;
    Outbox *outbox = admin->app->workspace()->outbox();
    QVERIFY(outbox->enqueue(edit).id > 0);
    // ...while someone else saved the same field.
    QVERIFY(replyJson(m_api->patchSection(
                          edit.entityId,
                          {{u"customization"_s, QJsonObject {{u"subtitle"_s, u"Saved online"_s}}}},
                          version))
                .isObject());
    QSignalSpy replayed(outbox, &Outbox::replayFinished);
    outbox->replay();
    QTRY_COMPARE_WITH_TIMEOUT(replayed.count(), 1, 30000);
    QCOMPARE(outbox->conflicts().size(), 1);

    // Listed once: the server's record of it, marked as this console's.
    ConflictListModel *list = admin->list();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            int mine = 0;
            for (const ConflictItem &item : list->items())
                mine += item.entityId == edit.entityId && item.fromThisConsole ? 1 : 0;
            return mine == 1;
        }(),
        20000);
    QString id;
    for (const ConflictItem &item : list->items()) {
        if (item.entityId == edit.entityId && item.fromThisConsole)
            id = item.id;
    }
    QVERIFY(!id.startsWith(u"local:"_s));
    QVERIFY(list->data(list->index(list->rowOf(id), ConflictListModel::EntityColumn))
                .toString()
                .contains(u"this console"_s));

    QVERIFY(admin->page()->openConflict(id));
    QTRY_COMPARE(admin->merge()->conflict().id, id);
    QVERIFY(admin->detail()->chooseMine(u"customization.subtitle"_s));
    QTest::mouseClick(admin->detail()->applyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->rowOf(id), -1, 20000);
    QCOMPARE(serverSection(m_evergreen, u"budget"_s)
                 .value(u"customization"_s)
                 .toObject()
                 .value(u"subtitle"_s)
                 .toString(),
             u"Typed offline"_s);
    // The outbox's record is closed with it.
    QTRY_VERIFY(outbox->conflicts().isEmpty());
}

void tst_ConflictsPage::anEntityThatMovedOnIsShownAgainNotOverwritten()
{
    Console &support = *m_support;
    const QString id
        = makeConflict(u"vendor_management"_s, u"Vendors, refused"_s, u"Vendors, saved"_s);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(support.list()->rowOf(id) >= 0, 20000);
    QVERIFY(support.page()->openConflict(id));
    QTRY_COMPARE(support.merge()->conflict().id, id);
    // The detail has brought the entity as it is now.
    QTRY_VERIFY(support.merge()->conflict().current.has_value());
    QVERIFY(support.detail()->chooseMine(u"customization.subtitle"_s));

    // Someone changes it again before the resolver applies.
    const QJsonObject now = serverSection(m_evergreen, u"vendor_management"_s);
    QVERIFY(replyJson(m_api->patchSection(
                          now.value(u"id"_s).toString(),
                          {{u"customization"_s, QJsonObject {{u"title"_s, u"Suppliers"_s}}}},
                          now.value(u"version"_s).toInteger()))
                .isObject());
    QTest::mouseClick(support.detail()->applyButton(), Qt::LeftButton);
    // Nothing is overwritten: the conflict is shown again against the newer version.
    QTRY_VERIFY_WITH_TIMEOUT(support.merge()->conflict().current.has_value()
                                 && support.merge()
                                         ->conflict()
                                         .current->value(u"customization"_s)
                                         .toObject()
                                         .value(u"title"_s)
                                         .toString()
                                     == u"Suppliers"_s,
                             20000);
    QCOMPARE(support.merge()->chosenCount(), 0);
    QVERIFY(support.list()->rowOf(id) >= 0);
    QCOMPARE(serverSection(m_evergreen, u"vendor_management"_s)
                 .value(u"customization"_s)
                 .toObject()
                 .value(u"subtitle"_s)
                 .toString(),
             u"Vendors, saved"_s);

    // Chosen again, it applies, and the newer title stays.
    QVERIFY(support.detail()->chooseMine(u"customization.subtitle"_s));
    QTest::mouseClick(support.detail()->applyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(support.list()->rowOf(id), -1, 20000);
    const QJsonObject customization
        = serverSection(m_evergreen, u"vendor_management"_s).value(u"customization"_s).toObject();
    QCOMPARE(customization.value(u"subtitle"_s).toString(), u"Vendors, refused"_s);
    QCOMPARE(customization.value(u"title"_s).toString(), u"Suppliers"_s);
}

QTEST_MAIN(tst_ConflictsPage)
#include "tst_conflictspage.moc"
