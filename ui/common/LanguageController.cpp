#include "common/LanguageController.h"

#include "UiLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace wedsync {

QList<LanguageController::Language> LanguageController::available()
{
    return {{u"en"_s, u"English"_s}, {u"es"_s, u"Español"_s}};
}

LanguageController::LanguageController(QObject *parent)
    : QObject(parent)
{ }

QString LanguageController::systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = name.section(u'-', 0, 0).toLower();
        for (const Language &language : available()) {
            if (language.code == code)
                return code;
        }
    }
    return u"en"_s;
}

bool LanguageController::setLanguage(const QString &code)
{
    const QString wanted = code.isEmpty() ? systemLanguage() : code;
    bool known = false;
    for (const Language &language : available())
        known = known || language.code == wanted;
    if (!known) {
        qCWarning(lcUi) << "no translation for language" << code;
        return false;
    }
    m_choice = code;
    if (wanted == m_effective && !m_installed.isEmpty())
        return true;

    removeTranslators();
    m_effective = wanted;
    // Dates and numbers: the system's conventions when it speaks this language (en_GB stays
    // en_GB), else the language's own.
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == QLocale(wanted).language() ? system : QLocale(wanted));
    // Ours always (English has its plural forms there); Qt's own only for other languages.
    QList<std::pair<QString, QString>> files {{u"wedsync_"_s + wanted, u":/i18n"_s}};
    if (wanted != u"en")
        files.append({u"qtbase_"_s + wanted, QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    for (const auto &[file, folder] : files) {
        auto *translator = new QTranslator(this);
        if (translator->load(file, folder)) {
            QCoreApplication::installTranslator(translator);
            m_installed.append(translator);
        } else {
            qCInfo(lcUi) << "translation not found:" << file << "in" << folder;
            delete translator;
        }
    }
    Q_EMIT languageChanged(m_effective);
    return true;
}

void LanguageController::removeTranslators()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

} // namespace wedsync
