#include "common/ThemeController.h"

#include "common/ConsoleStyle.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace wedsync {

QString themeChoiceName(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return u"light"_s;
    case ThemeChoice::Dark:
        return u"dark"_s;
    case ThemeChoice::System:
        break;
    }
    return u"system"_s;
}

std::optional<ThemeChoice> themeChoiceFromName(QStringView name)
{
    if (name == u"system")
        return ThemeChoice::System;
    if (name == u"light")
        return ThemeChoice::Light;
    if (name == u"dark")
        return ThemeChoice::Dark;
    return std::nullopt;
}

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
{
    // Fusion draws every control from the palette, so light and dark look deliberate on
    // every platform (the native styles ignore parts of a custom palette); ConsoleStyle adds
    // visible boundaries and focus on top.
    if (auto *style = QStyleFactory::create(u"Fusion"_s))
        QApplication::setStyle(new ConsoleStyle(style));
    qApp->installEventFilter(this);
}

void ThemeController::apply(ThemeChoice choice)
{
    m_choice = choice;
    switch (choice) {
    case ThemeChoice::Light:
        QApplication::setPalette(lightPalette());
        break;
    case ThemeChoice::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case ThemeChoice::System:
        // A palette that sets no role follows the platform theme again, including its changes.
        QApplication::setPalette(QPalette());
        break;
    }
    Q_EMIT themeChanged(isDark());
}

bool ThemeController::isDark() const
{
    return isDarkPalette(QApplication::palette());
}

bool ThemeController::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette ThemeController::lightPalette()
{
    QPalette p(QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xbf));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x73, 0x7d));
    p.setColor(QPalette::Mid, QColor(0xc9, 0xce, 0xd6));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8c, 0x95, 0x9f));
    // Disabled fields and buttons sit flat on the window: they must not look enabled.
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0xf4, 0xf5, 0xf7));
    return p;
}

QPalette ThemeController::darkPalette()
{
    QPalette p(QColor(0x2b, 0x2f, 0x36));
    const QColor text(0xe6, 0xe8, 0xeb);
    p.setColor(QPalette::Window, QColor(0x24, 0x27, 0x2e));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x23));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x2a, 0x31));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x35, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb0, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x35, 0x3d));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8d, 0x95, 0xa0));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x48));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3f));
    p.setColor(QPalette::Mid, QColor(0x44, 0x4a, 0x54));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x10));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x93, 0x99, 0xa2));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x93, 0x99, 0xa2));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x93, 0x99, 0xa2));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0x24, 0x27, 0x2e));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x24, 0x27, 0x2e));
    return p;
}

bool ThemeController::eventFilter(QObject *watched, QEvent *event)
{
    // The platform switched between light and dark while we follow it.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange
        && m_choice == ThemeChoice::System)
        Q_EMIT themeChanged(isDark());
    return QObject::eventFilter(watched, event);
}

} // namespace wedsync
