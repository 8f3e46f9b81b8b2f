#include "ConsoleScreens.h"

#include "ShellTestSupport.h"
#include "common/ConsolePage.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationSwitcher.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTest>

using namespace Qt::StringLiterals;

namespace wedsync::test {

std::unique_ptr<ConsoleApp> openEveryScreen(const QUrl &server, const QString &profile,
                                            const QString &language, const QSize &size)
{
    auto console = makeConsole(server, profile);
    console->start();
    console->setLanguage(language);
    if (!signInThroughDialog(*console, u"platform@wedsync.demo"_s, DemoPassword))
        return {};
    MainWindow *window = console->mainWindow();
    window->resize(size);
    auto *organizations = window->switcher()->findChild<QComboBox *>(u"organizationCombo"_s);
    if (!QTest::qWaitFor([&] { return organizations->findText(u"Evergreen Weddings"_s) > 0; },
                         20000)) {
        qWarning("the switcher never offered Evergreen Weddings");
        return {};
    }
    organizations->setCurrentIndex(organizations->findText(u"Evergreen Weddings"_s));
    auto *weddings = window->switcher()->findChild<QComboBox *>(u"weddingCombo"_s);
    if (!QTest::qWaitFor([&] { return weddings->count() > 1; }, 20000))
        qWarning("Evergreen has no weddings in the switcher");
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window)) {
        qWarning("the main window never became active");
        return {};
    }
    return console;
}

bool showScreen(ConsoleApp &console, const QString &pageId)
{
    MainWindow *window = console.mainWindow();
    if (!window->showPage(pageId)) {
        qWarning() << "no screen" << pageId;
        return false;
    }
    // Most screens list rows; the layout editor draws tiles. Either way, then a quiet moment
    // for late answers to settle the layout.
    if (!QTest::qWaitFor([&] { return currentPageShowsRows(console); }, 15000))
        qInfo() << pageId << "shows no rows";
    QTest::qWait(400);
    return window->currentPage() && window->currentPage()->pageId() == pageId;
}

QWidget *controlOf(QWidget *widget)
{
    if (!widget)
        return nullptr;
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent))
            return parent;
        if (auto *view = qobject_cast<QAbstractScrollArea *>(parent);
            view && view->viewport() == widget)
            return view;
    }
    return widget;
}

QList<QWidget *> tabbableControls(QWidget *window)
{
    QList<QWidget *> controls;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !widget->isVisible() || !widget->isEnabled())
            continue;
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        if (qobject_cast<QMenuBar *>(widget))
            continue;
        QWidget *control = controlOf(widget);
        if (!controls.contains(control))
            controls.append(control);
    }
    return controls;
}

QRect windowRect(const QWidget *widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}

QString describe(const QWidget *widget)
{
    if (!widget)
        return u"(nothing)"_s;
    QString text;
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (auto *combo = qobject_cast<const QComboBox *>(widget))
        text = combo->currentText();
    else if (auto *edit = qobject_cast<const QLineEdit *>(widget))
        text = edit->placeholderText();
    if (text.isEmpty())
        text = widget->accessibleName();
    const QRect at = windowRect(widget);
    return u"%1 %2 \"%3\" at %4,%5"_s
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text)
        .arg(at.x())
        .arg(at.y());
}

} // namespace wedsync::test
