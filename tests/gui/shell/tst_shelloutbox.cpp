// Edits sent through the outbox, as the user sees them: signed in to a real wedsync-server,
// three edits go through the workspace's real outbox (one applied, one stale, one the server
// refuses); the status bar says what became of them and its notice opens their list, each
// with its reason.
#include "ShellTestSupport.h"

#include "ServerProcess.h"
#include "Workspace.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "cache/Outbox.h"
#include "shell/ConnectionStatusBar.h"
#include "shell/MainWindow.h"
#include "shell/OutboxDialog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {
OutboxEntry titleEdit(const QJsonObject &section, qint64 baseVersion, const QString &label)
{
    OutboxEntry edit;
    edit.method = "PATCH";
    edit.path = u"/api/v1/sections/"_s + section.value(u"id"_s).toString();
    edit.body = {{u"customization"_s, QJsonObject {{u"subtitle"_s, label}}}};
    edit.baseVersion = baseVersion;
    edit.base = section;
    edit.entityType = u"section_configuration"_s;
    edit.entityId = section.value(u"id"_s).toString();
    edit.organizationId = section.value(u"organizationId"_s).toString();
    edit.label = label;
    return edit;
}
} // namespace

class tst_ShellOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void outcomesShowInTheStatusBarAndTheirList();

private:
    QTemporaryDir m_data;
    ServerProcess m_server;
};

void tst_ShellOutbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
}

void tst_ShellOutbox::outcomesShowInTheStatusBarAndTheirList()
{
    const QString profile = newProfileName();
    auto console = makeConsole(m_server.baseUrl(), profile);
    console->start();
    QVERIFY(signInThroughDialog(*console, u"platform@wedsync.demo"_s, DemoPassword));
    ConnectionStatusBar *status = console->mainWindow()->connectionStatus();
    auto *notice = status->findChild<QToolButton *>(u"outboxNotice"_s);
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());

    const QJsonArray organizations = replyItems(console->api()->organizations());
    QVERIFY(!organizations.isEmpty());
    const QJsonArray sections = replyItems(
        console->api()->sections(organizations.first().toObject().value(u"id"_s).toString()));
    QVERIFY(sections.size() >= 2);
    const QJsonObject first = sections.at(0).toObject();
    const QJsonObject second = sections.at(1).toObject();

    // Applied: made on the version the server has. Conflict: made on a version long gone.
    // Refused: a section that does not exist.
    Outbox *outbox = console->workspace()->outbox();
    QVERIFY(outbox
                ->enqueue(
                    titleEdit(first, first.value(u"version"_s).toInteger(), u"Timeline subtitle"_s))
                .id
            > 0);
    QVERIFY(outbox
                ->enqueue(titleEdit(second, second.value(u"version"_s).toInteger() + 5,
                                    u"Gallery subtitle"_s))
                .id
            > 0);
    QJsonObject missing = first;
    missing.insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY(outbox->enqueue(titleEdit(missing, 1, u"Vanished section"_s)).id > 0);
    QTRY_VERIFY(notice->isVisible()); // waiting: the list is reachable already

    QSignalSpy finished(outbox, &Outbox::replayFinished);
    outbox->replay();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);

    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"1 edit applied"_s), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(u"1 conflict to resolve"_s), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(u"1 edit refused"_s), qPrintable(notice->text()));

    QTest::mouseClick(notice, Qt::LeftButton);
    OutboxDialog *dialog = console->outboxDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTableWidget *table = dialog->findChild<QTableWidget *>(u"outboxTable"_s);
    QCOMPARE(table->rowCount(), 3);
    QHash<QString, QStringList> rows; // label -> state, reason
    for (int row = 0; row < table->rowCount(); ++row)
        rows.insert(table->item(row, 1)->text(),
                    {table->item(row, 0)->text(), table->item(row, 3)->text()});
    QCOMPARE(rows.value(u"Timeline subtitle"_s).value(0), u"Applied"_s);
    QCOMPARE(rows.value(u"Gallery subtitle"_s).value(0), u"Conflict"_s);
    QVERIFY(rows.value(u"Gallery subtitle"_s).value(1).contains(u"both versions are kept"_s));
    QCOMPARE(rows.value(u"Vanished section"_s).value(0), u"Refused"_s);
    QVERIFY2(!rows.value(u"Vanished section"_s).value(1).isEmpty(), "a refused edit says why");

    console.reset();
    removeProfile(profile);
}

QTEST_MAIN(tst_ShellOutbox)
#include "tst_shelloutbox.moc"
