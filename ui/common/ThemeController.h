#pragma once
// Light, dark or the system's palette for the whole application. Qt 6.4 has no colour-scheme
// hint, so "System" means the platform theme's palette and dark is judged from its colours.

#include <QObject>
#include <QPalette>
#include <QStringView>

#include <optional>

namespace wedsync {

enum class ThemeChoice { System, Light, Dark };

QString themeChoiceName(ThemeChoice choice); // "system" | "light" | "dark" (for settings)
std::optional<ThemeChoice> themeChoiceFromName(QStringView name);

class ThemeController : public QObject
{
    Q_OBJECT
public:
    explicit ThemeController(QObject *parent = nullptr);

    void apply(ThemeChoice choice);
    ThemeChoice choice() const { return m_choice; }
    // True when the palette in use has a dark window background.
    bool isDark() const;

    static QPalette lightPalette();
    static QPalette darkPalette();
    static bool isDarkPalette(const QPalette &palette);

Q_SIGNALS:
    void themeChanged(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ThemeChoice m_choice = ThemeChoice::System;
};

} // namespace wedsync
