#pragma once
// Which language the console speaks: the system's by default, or one chosen in the settings.
// Installs the console's and Qt's own translations; widgets retranslate on LanguageChange.

#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

namespace wedsync {

class LanguageController : public QObject
{
    Q_OBJECT
public:
    struct Language
    {
        QString code; // "en", "es"
        QString nativeName; // "English", "Español" (never translated)
    };
    static QList<Language> available();

    explicit LanguageController(QObject *parent = nullptr);

    // Empty code: follow the system (the first of the user's UI languages we have).
    // Returns false (and keeps the current language) for a code we do not ship.
    bool setLanguage(const QString &code);
    QString choice() const { return m_choice; } // as given: "" | "en" | "es"
    QString effectiveLanguage() const { return m_effective; }

    static QString systemLanguage();

Q_SIGNALS:
    void languageChanged(const QString &effectiveCode);

private:
    void removeTranslators();

    QString m_choice;
    QString m_effective = QStringLiteral("en");
    QList<QTranslator *> m_installed;
};

} // namespace wedsync
