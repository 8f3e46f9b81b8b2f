#include "common/ConsoleSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
QString cleanProfile(const QString &profile)
{
    QString name = profile;
    name.remove(QRegularExpression(u"[^A-Za-z0-9_-]"_s));
    return name.isEmpty() ? u"default"_s : name;
}

QString dataRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
} // namespace

ConsoleSettings::ConsoleSettings(const QString &profile)
    : m_profile(cleanProfile(profile))
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    m_settings = std::make_unique<QSettings>(
        QDir(folder).filePath(u"profiles/"_s + m_profile + u".ini"_s), QSettings::IniFormat);
}

ConsoleSettings::~ConsoleSettings() = default;

QString ConsoleSettings::fileName() const
{
    return m_settings->fileName();
}

QString ConsoleSettings::language() const
{
    return m_settings->value(u"ui/language"_s).toString();
}

void ConsoleSettings::setLanguage(const QString &code)
{
    m_settings->setValue(u"ui/language"_s, code);
}

ThemeChoice ConsoleSettings::theme() const
{
    return themeChoiceFromName(m_settings->value(u"ui/theme"_s).toString())
        .value_or(ThemeChoice::System);
}

void ConsoleSettings::setTheme(ThemeChoice theme)
{
    m_settings->setValue(u"ui/theme"_s, themeChoiceName(theme));
}

bool ConsoleSettings::useEmbeddedServer() const
{
    return m_settings->value(u"signin/embedded"_s, true).toBool();
}

void ConsoleSettings::setUseEmbeddedServer(bool embedded)
{
    m_settings->setValue(u"signin/embedded"_s, embedded);
}

QUrl ConsoleSettings::remoteServer() const
{
    return QUrl(m_settings->value(u"signin/server"_s).toString());
}

void ConsoleSettings::setRemoteServer(const QUrl &url)
{
    m_settings->setValue(u"signin/server"_s, url.toString());
}

QString ConsoleSettings::lastEmail() const
{
    return m_settings->value(u"signin/email"_s).toString();
}

void ConsoleSettings::setLastEmail(const QString &email)
{
    m_settings->setValue(u"signin/email"_s, email);
}

bool ConsoleSettings::rememberMe() const
{
    return m_settings->value(u"signin/remember"_s, false).toBool();
}

void ConsoleSettings::setRememberMe(bool remember)
{
    m_settings->setValue(u"signin/remember"_s, remember);
}

QString ConsoleSettings::lastServerKey() const
{
    return m_settings->value(u"session/server"_s).toString();
}

void ConsoleSettings::setLastServerKey(const QString &key)
{
    m_settings->setValue(u"session/server"_s, key);
}

QString ConsoleSettings::lastOrganization() const
{
    return m_settings->value(u"session/organization"_s).toString();
}

void ConsoleSettings::setLastOrganization(const QString &id)
{
    m_settings->setValue(u"session/organization"_s, id);
}

namespace {
QString columnsKey(const QString &account, const QString &view)
{
    // The e-mail hashed: keys stay plain ASCII and the file does not list the accounts twice.
    const QByteArray who
        = QCryptographicHash::hash(account.toLower().toUtf8(), QCryptographicHash::Sha1).toHex();
    return u"columns/"_s + QString::fromLatin1(who.left(16)) + u'/' + view;
}
} // namespace

QList<int> ConsoleSettings::columnWidths(const QString &account, const QString &view) const
{
    QList<int> widths;
    const QStringList saved = m_settings->value(columnsKey(account, view)).toStringList();
    for (const QString &width : saved)
        widths.append(width.toInt());
    return widths;
}

void ConsoleSettings::setColumnWidths(const QString &account, const QString &view,
                                      const QList<int> &widths)
{
    QStringList saved;
    for (int width : widths)
        saved.append(QString::number(width));
    m_settings->setValue(columnsKey(account, view), saved);
}

QString ConsoleSettings::lastPage() const
{
    return m_settings->value(u"session/page"_s).toString();
}

void ConsoleSettings::setLastPage(const QString &pageId)
{
    m_settings->setValue(u"session/page"_s, pageId);
}

QString ConsoleSettings::lastFolder() const
{
    return m_settings->value(u"files/lastFolder"_s).toString();
}

void ConsoleSettings::setLastFolder(const QString &folder)
{
    m_settings->setValue(u"files/lastFolder"_s, folder);
}

bool ConsoleSettings::noticeEnabled(int kind) const
{
    return m_settings->value(u"notices/kind%1"_s.arg(kind), true).toBool();
}

void ConsoleSettings::setNoticeEnabled(int kind, bool enabled)
{
    m_settings->setValue(u"notices/kind%1"_s.arg(kind), enabled);
}

QByteArray ConsoleSettings::windowGeometry() const
{
    return m_settings->value(u"window/geometry"_s).toByteArray();
}

QByteArray ConsoleSettings::windowState() const
{
    return m_settings->value(u"window/state"_s).toByteArray();
}

void ConsoleSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings->setValue(u"window/geometry"_s, geometry);
    m_settings->setValue(u"window/state"_s, state);
}

QString ConsoleSettings::cacheFilePath(const QString &serverKey, const QString &email) const
{
    const QByteArray who = (serverKey + u'\n' + email.trimmed().toLower()).toUtf8();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(16));
    return QDir(dataRoot())
        .filePath(u"profiles/"_s + m_profile + u"/cache-"_s + hash + u".sqlite"_s);
}

QString ConsoleSettings::embeddedDataDir() const
{
    return QDir(dataRoot()).filePath(u"profiles/"_s + m_profile + u"/embedded-server"_s);
}

void ConsoleSettings::sync()
{
    m_settings->sync();
}

} // namespace wedsync
