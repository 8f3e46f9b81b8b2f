#pragma once
// For the console-wide GUI tests: a console signed in as platform staff (who see every screen)
// with Evergreen Weddings chosen, each screen shown with its data, and the widgets a user can
// reach on it.

#include "ConsoleApp.h"

#include <QList>
#include <QRect>
#include <QStringList>
#include <QUrl>

#include <memory>

class QWidget;

namespace wedsync::test {

inline const QStringList ScreenIds {
    QStringLiteral("dashboard"),    QStringLiteral("layout"),    QStringLiteral("permissions"),
    QStringLiteral("audit"),        QStringLiteral("conflicts"), QStringLiteral("suppliers"),
    QStringLiteral("integrations"), QStringLiteral("calendars"), QStringLiteral("configuration")};

// Signed in as platform@wedsync.demo in `language`, Evergreen chosen, the window `size`;
// null (with a warning) when a step failed.
std::unique_ptr<ConsoleApp> openEveryScreen(const QUrl &server, const QString &profile,
                                            const QString &language, const QSize &size);
// Shows the screen and waits for its data (rows in a table, or a quiet moment).
bool showScreen(ConsoleApp &console, const QString &pageId);

// The control a focus widget belongs to (a combo box for its line edit, a view for its
// viewport).
QWidget *controlOf(QWidget *widget);
// Every enabled, visible control of `window` that Tab may reach, once each.
QList<QWidget *> tabbableControls(QWidget *window);
// Where a widget is, in window coordinates.
QRect windowRect(const QWidget *widget);
// A readable name for failure messages: "QComboBox eventKindFilter (\"All kinds\")".
QString describe(const QWidget *widget);

} // namespace wedsync::test
