#pragma once
// Language (system, English, Español) and theme (system, light, dark). Choices apply at once:
// the dialog only reports them; the app applies and stores them.

#include "common/ThemeController.h"

#include "notices/Notice.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QGroupBox;
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

    // The kinds of desktop notice offered, each with a checkbox; and whether one is on.
    void setNoticeKinds(const QList<NoticeKind> &kinds);
    void setNoticeEnabled(NoticeKind kind, bool enabled);
    bool isNoticeEnabled(NoticeKind kind) const;

Q_SIGNALS:
    void languageChosen(const QString &code);
    void themeChosen(wedsync::ThemeChoice theme);
    void noticeToggled(wedsync::NoticeKind kind, bool enabled);

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
    QGroupBox *m_notices = nullptr;
    QHash<int, QCheckBox *> m_noticeBoxes;
};

} // namespace wedsync
