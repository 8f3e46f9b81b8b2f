#pragma once
// Language (system, English, Español) and theme (system, light, dark). Choices apply at once:
// the dialog only reports them; the app applies and stores them.

#include "common/ThemeController.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace wedsync {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setLanguage(const QString &code); // "" = system
    void setTheme(ThemeChoice theme);
    void setAccount(const QString &account, const QString &server); // shown, not edited
    QString language() const;
    ThemeChoice theme() const;

Q_SIGNALS:
    void languageChosen(const QString &code);
    void themeChosen(wedsync::ThemeChoice theme);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_accountText;
    QString m_serverText;
};

} // namespace wedsync
