// The layout editor as planners, admins and support use it: the real console signed in to a
// real demo server, on the offscreen platform. A coordinator rearranges and edits the
// wedding-day dashboard and saves it; a second console sees the save live and a clashing
// unsaved edit is flagged; a save made while the server is down arrives once it is back;
// an old version is restored and audited; support staff only look.
#include "LayoutDocument.h"
#include "SectionFields.h"
#include "ServerProcess.h"
#include "ShellTestSupport.h"
#include "Workspace.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "cache/Outbox.h"
#include "common/ScriptedPrompts.h"
#include "layout/LayoutFeed.h"
#include "layout/LayoutPage.h"
#include "layout/LayoutPreviewGrid.h"
#include "layout/LayoutPreviewPane.h"
#include "layout/LayoutVersionsPane.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationSwitcher.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

const QString Planner = u"planner@evergreen.demo"_s;
const QString EvergreenAdmin = u"admin@evergreen.demo"_s;
const QString Support = u"support@wedsync.demo"_s;
const QString WeddingDayCouple = u"Sophia & James"_s; // marrying today: its own dashboard

// One console signed in and on the Layout screen of `couple`'s wedding (or the organization
// default when `couple` is empty), loaded from the server.
struct Console : PageConsole<LayoutPage>
{
    using PageConsole::PageConsole;
    LayoutDocument *document() const { return page()->document(); }
};

// Which sections differ from what the server had, and in which fields (for failure messages).
QString describeEdits(const LayoutDocument &document)
{
    QStringList out;
    for (const QString &id : document.modifiedIds()) {
        const auto now = document.section(id);
        const auto before = std::find_if(document.base().cbegin(), document.base().cend(),
                                         [&id](const SectionConfig &s) { return s.id == id; });
        if (!now || before == document.base().cend()) {
            out << id + (now ? u" added"_s : u" removed"_s);
            continue;
        }
        out << id + u": "_s + changedSectionFields(*before, *now).join(u", "_s)
                + u" (v%1 on screen: \"%2\", v%3 base: \"%4\")"_s.arg(now->metadata.version)
                      .arg(now->customization.subtitle)
                      .arg(before->metadata.version)
                      .arg(before->customization.subtitle);
    }
    return u"still modified: "_s + out.join(u"; "_s);
}

} // namespace

class tst_LayoutEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void coordinatorOpensLayoutAndSavesAMove();
    void invalidValueBlocksSave();
    void undoAcrossASaveSendsTheReverse();
    void previewAsVendorOnTheWeddingDay();
    void secondConsoleSeesSaveLiveAndFlagsClash();
    void saveWhileServerIsDownArrivesOnce();
    void restoreVersionIsAudited();
    void supportOnlyLooks();

private:
    std::unique_ptr<Console> open(const QString &email, const QString &couple);
    bool saveAndWait(Console &console);
    QJsonArray serverSections(const QString &weddingId);
    QJsonObject serverSection(const QString &weddingId, const QString &type);

    QTemporaryDir m_data;
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_admin; // "someone else", and the test's view of the server
    QNetworkAccessManager m_nam;
    std::unique_ptr<Console> m_planner;
    QString m_evergreen;
    QString m_wedding;
};

void tst_LayoutEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
    m_admin = std::make_unique<ApiClient>(&m_nam);
    m_admin->setBaseUrl(m_server.baseUrl());
    const QJsonObject login = replyJson(m_admin->login(EvergreenAdmin, DemoPassword)).toObject();
    m_admin->setAccessToken(login.value(u"accessToken"_s).toString());
    for (const QJsonValue &org : replyItems(m_admin->organizations())) {
        if (org.toObject().value(u"name"_s).toString() == u"Evergreen Weddings")
            m_evergreen = org.toObject().value(u"id"_s).toString();
    }
    QVERIFY(!m_evergreen.isEmpty());
    for (const QJsonValue &wedding : replyItems(m_admin->weddings(m_evergreen))) {
        if (wedding.toObject().value(u"coupleName"_s).toString() == WeddingDayCouple)
            m_wedding = wedding.toObject().value(u"id"_s).toString();
    }
    QVERIFY(!m_wedding.isEmpty());
    m_planner = open(Planner, WeddingDayCouple);
    QVERIFY(m_planner);
}

void tst_LayoutEditor::cleanupTestCase()
{
    m_planner.reset();
}

std::unique_ptr<Console> tst_LayoutEditor::open(const QString &email, const QString &couple)
{
    auto console = std::make_unique<Console>(m_server.baseUrl(), email, u"layout"_s, m_evergreen);
    if (!console->app)
        return {};
    OrganizationSwitcher *switcher = console->app->mainWindow()->switcher();
    if (!couple.isEmpty()
        && !QTest::qWaitFor([&] { return switcher->selectWedding(m_wedding); }, 20000)) {
        qWarning() << "no wedding" << couple << "in the switcher";
        return {};
    }
    LayoutDocument *document = console->document();
    const QString wedding = couple.isEmpty() ? QString() : m_wedding;
    if (!QTest::qWaitFor(
            [&] {
                // The organization default of the demo has no saved version yet (0).
                return document->weddingId() == wedding && !document->sections().isEmpty()
                    && (wedding.isEmpty() || document->layoutVersion() > 0);
            },
            30000)) {
        qWarning() << "the layout did not load for" << email;
        return {};
    }
    return console;
}

bool tst_LayoutEditor::saveAndWait(Console &console)
{
    QSignalSpy finished(console.app->workspace()->layoutFeed(), &LayoutFeed::saveFinished);
    auto *save = console.page()->findChild<QPushButton *>(u"saveLayout"_s);
    if (!save || !save->isEnabled()) {
        qWarning() << "Save is not enabled";
        return false;
    }
    QTest::mouseClick(save, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 30000))
        return false;
    return finished.first().at(0).toBool();
}

QJsonArray tst_LayoutEditor::serverSections(const QString &weddingId)
{
    return replyItems(m_admin->sectionsInScope(m_evergreen, weddingId));
}

QJsonObject tst_LayoutEditor::serverSection(const QString &weddingId, const QString &type)
{
    for (const QJsonValue &section : serverSections(weddingId)) {
        if (section.toObject().value(u"sectionType"_s).toString() == type)
            return section.toObject();
    }
    return {};
}

void tst_LayoutEditor::coordinatorOpensLayoutAndSavesAMove()
{
    LayoutDocument *document = m_planner->document();
    QCOMPARE(m_planner->app->mainWindow()->currentPage(), m_planner->page());
    QVERIFY(!document->isReadOnly());
    QVERIFY(!document->mayChangeGrants()); // a coordinator: who sees what is the admins' call
    // The wedding is named, whichever came first: its list or the page's scope.
    QTRY_VERIFY(m_planner->page()
                    ->findChild<QLabel *>(u"layoutScope"_s)
                    ->text()
                    .contains(WeddingDayCouple));
    // The run sheet is full width at the top, the gallery under it: put the gallery first, half
    // width.
    const auto photos
        = std::find_if(document->sections().cbegin(), document->sections().cend(),
                       [](const SectionConfig &s) { return s.sectionType == u"photos"; });
    QVERIFY(photos != document->sections().cend());
    const QString gallery = photos->id;
    QVERIFY(document->resizeTile(gallery, 6, 2));
    QVERIFY(document->moveTile(gallery, 1, 1));
    QVERIFY(document->isModified());
    QVERIFY(saveAndWait(*m_planner));
    QVERIFY(!document->isModified());

    const QJsonObject stored = serverSection(m_wedding, u"photos"_s);
    const QJsonObject timeline = serverSection(m_wedding, u"timeline"_s);
    QCOMPARE(stored.value(u"layout"_s).toObject().value(u"columns"_s).toInt(), 6);
    QCOMPARE(stored.value(u"layout"_s).toObject().value(u"size"_s).toString(), u"medium"_s);
    QVERIFY(stored.value(u"layout"_s).toObject().value(u"position"_s).toInt()
            < timeline.value(u"layout"_s).toObject().value(u"position"_s).toInt());
}

void tst_LayoutEditor::invalidValueBlocksSave()
{
    LayoutDocument *document = m_planner->document();
    const QString id = document->sections().first().id;
    const QJsonObject before = serverSection(m_wedding, document->sections().first().sectionType);
    QVERIFY(document->setField(id, u"color"_s, u"not a colour"_s));
    QVERIFY(document->hasErrors());
    QVERIFY(!document->errors(id).isEmpty());
    QSignalSpy said(m_planner->page(), &ConsolePage::statusMessage);
    QVERIFY(!m_planner->page()->save());
    QVERIFY(!said.isEmpty());
    QVERIFY2(said.last().at(0).toString().contains(u"Fix the problems"_s),
             qPrintable(said.last().at(0).toString()));
    // Nothing reached the server.
    const QJsonObject after = serverSection(m_wedding, document->sections().first().sectionType);
    QCOMPARE(after.value(u"metadata"_s).toObject().value(u"version"_s),
             before.value(u"metadata"_s).toObject().value(u"version"_s));
    document->undoStack()->undo();
    QVERIFY(!document->hasErrors());
    QVERIFY(!document->isModified());
}

void tst_LayoutEditor::undoAcrossASaveSendsTheReverse()
{
    LayoutDocument *document = m_planner->document();
    const QString id = document->sections().first().id;
    const QString type = document->sections().first().sectionType;
    const QString oldTitle = document->sections().first().customization.title;
    QVERIFY(document->setField(id, u"title"_s, u"Run of the day"_s));
    QVERIFY(saveAndWait(*m_planner));
    QCOMPARE(serverSection(m_wedding, type)
                 .value(u"customization"_s)
                 .toObject()
                 .value(u"title"_s)
                 .toString(),
             u"Run of the day"_s);
    QVERIFY(document->undoStack()->canUndo());
    document->undoStack()->undo();
    QVERIFY(document->isModified());
    QVERIFY(saveAndWait(*m_planner));
    QCOMPARE(serverSection(m_wedding, type)
                 .value(u"customization"_s)
                 .toObject()
                 .value(u"title"_s)
                 .toString(),
             oldTitle);
    document->undoStack()->redo();
    QCOMPARE(document->section(id)->customization.title, u"Run of the day"_s);
    document->undoStack()->undo();
    QVERIFY(!document->isModified());
}

void tst_LayoutEditor::previewAsVendorOnTheWeddingDay()
{
    LayoutPage *page = m_planner->page();
    page->showPane(u"preview"_s);
    LayoutPreviewPane *preview = page->previewPane();
    preview->setPreviewFor(Role::Vendor, WeddingPhase::WeddingDay);
    // The run sheet is for every role, edited by planners and photographers: the vendor reads
    // it. The live gallery is not shown to vendors at all.
    const LayoutDocument *document = m_planner->document();
    QString timeline;
    QString gallery;
    for (const SectionConfig &section : document->sections()) {
        if (section.sectionType == u"timeline")
            timeline = section.id;
        if (section.sectionType == u"photos")
            gallery = section.id;
    }
    QCOMPARE(preview->preview().tile(timeline)->access, TileAccess::ReadOnly);
    QCOMPARE(preview->preview().tile(gallery)->access, TileAccess::Hidden);
    QCOMPARE(preview->grid()->shownIds(), QStringList {timeline});
    QCOMPARE(preview->hiddenList()->count(), 1);
    const QString reason = preview->hiddenList()->item(0)->text();
    QVERIFY2(reason.contains(preview->preview().tile(gallery)->reason), qPrintable(reason));
    QVERIFY(!preview->preview().tile(gallery)->reason.isEmpty());

    // The preview follows unsaved edits: open the gallery to vendors (as an admin would) ...
    // a coordinator may not, so the preview of a couple after the wedding instead.
    preview->setPreviewFor(Role::Couple, WeddingPhase::PostWedding);
    QCOMPARE(preview->preview().tile(gallery)->access, TileAccess::ReadOnly);

    // As one real member: Val, the vendor who supplies this wedding. Her role comes with her.
    auto *person = preview->findChild<QComboBox *>(u"previewPerson"_s);
    auto *role = preview->findChild<QComboBox *>(u"previewRole"_s);
    QTRY_VERIFY_WITH_TIMEOUT(person->count() > 1, 20000);
    const int val = person->findText(u"Val Moreau"_s, Qt::MatchStartsWith);
    QVERIFY(val > 0);
    person->setCurrentIndex(val);
    QCOMPARE(role->currentData().toString(), u"vendor"_s);
    QVERIFY(!role->isEnabled());
    auto *summary = preview->findChild<QLabel *>(u"previewSummary"_s);
    QVERIFY2(summary->text().startsWith(u"Val Moreau"_s), qPrintable(summary->text()));
    QCOMPARE(preview->preview().tile(gallery)->access, TileAccess::Hidden);
    QCOMPARE(preview->preview().tile(timeline)->access, TileAccess::ReadOnly);
    person->setCurrentIndex(0);
    QVERIFY(role->isEnabled());
}

void tst_LayoutEditor::secondConsoleSeesSaveLiveAndFlagsClash()
{
    auto admin = open(EvergreenAdmin, WeddingDayCouple);
    QVERIFY(admin);
    LayoutDocument *mine = m_planner->document();
    LayoutDocument *theirs = admin->document();
    QVERIFY(theirs->mayChangeGrants());
    const QString id = mine->sections().first().id;

    // Each sees the other in the editor, with the tile selected.
    mine->select(id);
    auto *editors = admin->page()->findChild<QLabel *>(u"layoutEditors"_s);
    QTRY_VERIFY_WITH_TIMEOUT(editors->text().contains(Planner), 20000);

    // A save in one console arrives in the other live.
    QVERIFY(theirs->setField(id, u"subtitle"_s, u"From the admin"_s));
    QVERIFY(saveAndWait(*admin));
    QTRY_COMPARE_WITH_TIMEOUT(mine->section(id)->customization.subtitle, u"From the admin"_s,
                              20000);
    QVERIFY(!mine->isModified());

    // An unsaved edit of the same field is flagged the moment the other save arrives.
    QVERIFY(mine->setField(id, u"subtitle"_s, u"From the planner"_s));
    QVERIFY(theirs->setField(id, u"subtitle"_s, u"Admin again"_s));
    QVERIFY(saveAndWait(*admin));
    QTRY_VERIFY_WITH_TIMEOUT(mine->conflictedIds().contains(id), 20000);
    const QList<FieldConflict> clash = mine->conflicts(id);
    QCOMPARE(clash.size(), 1);
    QCOMPARE(clash.first().field, u"subtitle"_s);
    QCOMPARE(clash.first().theirs.toString(), u"Admin again"_s);
    QCOMPARE(clash.first().mine.toString(), u"From the planner"_s);
    QVERIFY(m_planner->page()->findChild<QPushButton *>(u"reviewConflicts"_s)->isVisible());
    // Saving waits for the choice: it shows both sides, and the planner keeps their own.
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&dialogSeen] {
        auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!modal)
            return;
        auto *keepMine = modal->findChild<QRadioButton *>(u"keepMine_subtitle"_s);
        auto *takeTheirs = modal->findChild<QRadioButton *>(u"takeTheirs_subtitle"_s);
        if (modal->objectName() != u"fieldConflictDialog" || !keepMine || !takeTheirs
            || !keepMine->text().contains(u"From the planner"_s)
            || !takeTheirs->text().contains(u"Admin again"_s)) {
            modal->reject(); // not the dialog expected: fail below rather than hang
            return;
        }
        dialogSeen = true;
        keepMine->click();
        modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QVERIFY(!m_planner->page()->save());
    QVERIFY(dialogSeen);
    QVERIFY(mine->conflictedIds().isEmpty());
    QVERIFY(saveAndWait(*m_planner));
    QTRY_COMPARE_WITH_TIMEOUT(theirs->section(id)->customization.subtitle, u"From the planner"_s,
                              20000);
}

void tst_LayoutEditor::saveWhileServerIsDownArrivesOnce()
{
    LayoutDocument *document = m_planner->document();
    const QString id = document->sections().first().id;
    const QString type = document->sections().first().sectionType;
    const int port = m_server.baseUrl().port();
    QCOMPARE(m_server.stop(), 0);

    QVERIFY(document->setField(id, u"subtitle"_s, u"Typed while offline"_s));
    QSignalSpy locally(m_planner->app->workspace()->layoutFeed(), &LayoutFeed::savedLocally);
    QVERIFY(saveAndWait(*m_planner));
    QCOMPARE(locally.count(), 1);
    QVERIFY(!document->isModified()); // parked in the outbox, not sent twice
    Outbox *outbox = m_planner->app->workspace()->outbox();
    QCOMPARE(outbox->pendingCount(), 1);

    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path(), u"--listen"_s,
                             u"127.0.0.1:%1"_s.arg(port)}),
             qPrintable(m_server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(outbox->pendingCount(), 0, 60000);
    QCOMPARE(serverSection(m_wedding, type)
                 .value(u"customization"_s)
                 .toObject()
                 .value(u"subtitle"_s)
                 .toString(),
             u"Typed while offline"_s);
    // Exactly once: one audit row carries the offline subtitle.
    QUrlQuery query;
    query.addQueryItem(u"entityId"_s, id);
    query.addQueryItem(u"limit"_s, u"100"_s);
    const QJsonArray rows = replyItems(m_admin->audit(query));
    int carrying = 0;
    for (const QJsonValue &row : rows) {
        const QJsonObject after = row.toObject().value(u"after"_s).toObject();
        if (after.value(u"customization"_s).toObject().value(u"subtitle"_s).toString()
            == u"Typed while offline")
            ++carrying;
    }
    QCOMPARE(carrying, 1);
    QTRY_VERIFY2_WITH_TIMEOUT(!document->isModified(), qPrintable(describeEdits(*document)), 20000);
}

void tst_LayoutEditor::restoreVersionIsAudited()
{
    LayoutPage *page = m_planner->page();
    page->showPane(u"versions"_s);
    LayoutVersionsPane *versions = page->versionsPane();
    versions->reload();
    QTRY_VERIFY_WITH_TIMEOUT(versions->list()->topLevelItemCount() >= 2, 20000);
    // The oldest listed version (the list is newest first).
    QTreeWidgetItem *oldest
        = versions->list()->topLevelItem(versions->list()->topLevelItemCount() - 1);
    const qint64 version = oldest->text(0).toLongLong();
    QVERIFY(versions->selectVersion(version));
    QTRY_VERIFY_WITH_TIMEOUT(versions->changes()->count() > 0, 20000);
    QUrlQuery query;
    query.addQueryItem(u"entityType"_s, u"section_configuration"_s);
    query.addQueryItem(u"limit"_s, u"500"_s);
    const qsizetype auditedBefore = replyItems(m_admin->audit(query)).size();
    m_planner->prompts()->queueConfirm(true);
    QSignalSpy restored(m_planner->app->workspace()->layoutFeed(), &LayoutFeed::versionRestored);
    QTest::mouseClick(versions->restoreButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 20000);
    // The restore is a new version, named so, and each section it changed is audited.
    QTRY_VERIFY_WITH_TIMEOUT(versions->list()->topLevelItemCount() > 0
                                 && versions->list()->topLevelItem(0)->text(3).contains(
                                     u"Restored version %1"_s.arg(version)),
                             20000);
    QVERIFY(replyItems(m_admin->audit(query)).size() > auditedBefore);
    QTRY_VERIFY_WITH_TIMEOUT(!m_planner->document()->isModified(), 20000);
}

void tst_LayoutEditor::supportOnlyLooks()
{
    auto support = open(Support, QString());
    QVERIFY(support);
    LayoutDocument *document = support->document();
    QVERIFY(document->isReadOnly());
    QVERIFY(!document->moveTile(document->sections().first().id, 1, 3));
    QVERIFY(!support->page()->findChild<QPushButton *>(u"saveLayout"_s)->isEnabled());
    auto *notice = support->page()->findChild<QLabel *>(u"layoutNotice"_s);
    QVERIFY(notice->text().contains(u"Read-only"_s));
}

QTEST_MAIN(tst_LayoutEditor)
#include "tst_layouteditor.moc"
