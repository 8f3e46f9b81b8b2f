// Help: the shortcuts list is read from the window's own actions, the user guide opens inside
// the console with its pictures, and About names the console, the server and Qt.
#include "help/AboutDialog.h"
#include "help/HelpMenu.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuideDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace wedsync;

class tst_HelpMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationVersion(u"9.8.7"_s);
    }
    void helpIsTheLastMenu();
    void shortcutsComeFromTheActions();
    void guideOpensWithItsPictures();
    void aboutNamesEveryVersion();

private:
    static QWidget *topLevel(const char *objectName);
};

QWidget *tst_HelpMenu::topLevel(const char *objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget->objectName() == QLatin1String(objectName) && widget->isVisible())
            return widget;
    return nullptr;
}

void tst_HelpMenu::helpIsTheLastMenu()
{
    MainWindow window;
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.constLast()->menu(), window.helpMenu());
    QCOMPARE(window.helpMenu()->title(), u"&Help"_s);
    QCOMPARE(window.helpMenu()->guideAction()->shortcut(),
             QKeySequence(QKeySequence::HelpContents));
}

void tst_HelpMenu::shortcutsComeFromTheActions()
{
    MainWindow window;
    window.show();
    window.helpMenu()->shortcutsAction()->trigger();
    auto *dialog = qobject_cast<ShortcutsDialog *>(topLevel("shortcutsDialog"));
    QVERIFY(dialog);
    QStringList rows;
    for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = dialog->list()->topLevelItem(i);
        rows.append(item->text(0) + u" = "_s + item->text(1));
    }
    const QString quitKeys = QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText);
    QVERIFY2(rows.contains(u"Quit = "_s + quitKeys), qPrintable(rows.join(u'\n')));
    QVERIFY2(
        rows.contains(u"Settings = "_s
                      + QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText)),
        qPrintable(rows.join(u'\n')));
    // A new shortcut on any action appears without anyone updating a list.
    auto *extra = new QAction(u"&Frobnicate"_s, &window);
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    window.addAction(extra);
    dialog->setActions(&window);
    bool found = false;
    for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i)
        found = found || dialog->list()->topLevelItem(i)->text(0) == u"Frobnicate"_s;
    QVERIFY(found);
}

void tst_HelpMenu::guideOpensWithItsPictures()
{
    MainWindow window;
    window.show();
    window.helpMenu()->guideAction()->trigger();
    auto *dialog = qobject_cast<UserGuideDialog *>(topLevel("userGuideDialog"));
    QVERIFY(dialog);
    QTextDocument *document = dialog->browser()->document();
    QVERIFY2(document->toPlainText().contains(u"Sync health"_s),
             qPrintable(document->toPlainText().left(200)));
    // The pictures it shows are built in, found from the guide's own relative links.
    QVERIFY(document->toMarkdown().contains(u"screenshots/dashboard.png"_s));
    const QVariant picture = dialog->browser()->loadResource(QTextDocument::ImageResource,
                                                             QUrl(u"screenshots/dashboard.png"_s));
    QVERIFY(!picture.isNull());
    QVERIFY(!QImage::fromData(picture.toByteArray()).isNull());
}

void tst_HelpMenu::aboutNamesEveryVersion()
{
    MainWindow window;
    window.show();
    window.helpMenu()->setServer(QUrl(u"http://127.0.0.1:4567"_s), u"1.2.3"_s);
    window.helpMenu()->aboutAction()->trigger();
    auto *dialog = qobject_cast<AboutDialog *>(topLevel("aboutDialog"));
    QVERIFY(dialog);
    const QString text = dialog->versionsText();
    QVERIFY2(text.contains(u"Console: version 9.8.7"_s), qPrintable(text));
    QVERIFY2(text.contains(u"http://127.0.0.1:4567, version 1.2.3"_s), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    // Signed out: not connected.
    window.helpMenu()->setServer({}, {});
    QVERIFY(dialog->versionsText().contains(u"Server: not connected"_s));
}

QTEST_MAIN(tst_HelpMenu)
#include "tst_helpmenu.moc"
