#include "shell/SettingsDialog.h"

#include "common/LanguageController.h"
#include "notices/NoticeCenter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setMinimumWidth(420);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(QString(), QString());
    for (const auto &language : LanguageController::available())
        m_language->addItem(language.nativeName, language.code);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"themeCombo"_s);
    for (ThemeChoice choice : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark})
        m_theme->addItem(QString(), themeChoiceName(choice));
    m_account = new QLabel(this);
    m_account->setObjectName(u"accountLabel"_s);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_themeLabel = new QLabel(this);
    m_themeLabel->setBuddy(m_theme);
    m_accountLabel = new QLabel(this);
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_accountLabel, m_account);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    m_notices = new QGroupBox(this);
    m_notices->setObjectName(u"noticesGroup"_s);
    new QVBoxLayout(m_notices);
    m_notices->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addLayout(form);
    layout->addWidget(m_notices);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_language, &QComboBox::activated, this, [this] { Q_EMIT languageChosen(language()); });
    connect(m_theme, &QComboBox::activated, this, [this] { Q_EMIT themeChosen(theme()); });
    retranslate();
}

void SettingsDialog::setNoticeKinds(const QList<NoticeKind> &kinds)
{
    for (QCheckBox *box : std::as_const(m_noticeBoxes))
        delete box;
    m_noticeBoxes.clear();
    for (NoticeKind kind : kinds) {
        auto *box = new QCheckBox(NoticeCenter::kindText(kind), m_notices);
        box->setObjectName(u"notice_%1"_s.arg(int(kind)));
        box->setChecked(true);
        m_notices->layout()->addWidget(box);
        connect(box, &QCheckBox::toggled, this,
                [this, kind](bool on) { Q_EMIT noticeToggled(kind, on); });
        m_noticeBoxes.insert(int(kind), box);
    }
    m_notices->setVisible(!kinds.isEmpty());
}

void SettingsDialog::setNoticeEnabled(NoticeKind kind, bool enabled)
{
    if (QCheckBox *box = m_noticeBoxes.value(int(kind))) {
        const QSignalBlocker quiet(box);
        box->setChecked(enabled);
    }
}

bool SettingsDialog::isNoticeEnabled(NoticeKind kind) const
{
    const QCheckBox *box = m_noticeBoxes.value(int(kind));
    return box && box->isChecked();
}

void SettingsDialog::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void SettingsDialog::setTheme(ThemeChoice theme)
{
    m_theme->setCurrentIndex(m_theme->findData(themeChoiceName(theme)));
}

void SettingsDialog::setAccount(const QString &account, const QString &server)
{
    m_accountText = account;
    m_serverText = server;
    retranslate();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

ThemeChoice SettingsDialog::theme() const
{
    return themeChoiceFromName(m_theme->currentData().toString()).value_or(ThemeChoice::System);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(
        0,
        tr("System (%1)")
            .arg(LanguageController::systemLanguage() == u"es" ? u"Español"_s : u"English"_s));
    m_language->setAccessibleName(tr("Language"));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("System"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_theme->setAccessibleName(tr("Theme"));
    m_accountLabel->setText(tr("Signed in as:"));
    m_account->setText(m_accountText.isEmpty() ? tr("Not signed in")
                                               : tr("%1 on %2").arg(m_accountText, m_serverText));
    m_account->setAccessibleName(tr("Account"));
    m_notices->setTitle(tr("Desktop notices"));
    for (auto it = m_noticeBoxes.cbegin(); it != m_noticeBoxes.cend(); ++it)
        it.value()->setText(NoticeCenter::kindText(NoticeKind(it.key())));
    m_note->setText(tr("Changes apply at once and are remembered for this profile."));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close settings"));
}

} // namespace wedsync
