#pragma once
// The console's remembered preferences for one profile (--profile NAME): server choice, last
// account, language, theme, window geometry. An INI file in the user's config folder; the
// cache of each server + account lives in the data folder next to it.

#include "common/ThemeController.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

namespace wedsync {

class ConsoleSettings
{
public:
    // "default" when profile is empty. Names are reduced to [A-Za-z0-9_-].
    explicit ConsoleSettings(const QString &profile = {});
    ~ConsoleSettings();

    QString profile() const { return m_profile; }
    QString fileName() const;

    QString language() const; // "" = follow the system
    void setLanguage(const QString &code);
    ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);

    bool useEmbeddedServer() const;
    void setUseEmbeddedServer(bool embedded);
    QUrl remoteServer() const;
    void setRemoteServer(const QUrl &url);
    QString lastEmail() const;
    void setLastEmail(const QString &email);
    bool rememberMe() const;
    void setRememberMe(bool remember);
    // Whom the last session belonged to, so a cold start can show that cache at once.
    QString lastServerKey() const;
    void setLastServerKey(const QString &key);
    QString lastOrganization() const;
    void setLastOrganization(const QString &id);
    QString lastPage() const;
    void setLastPage(const QString &pageId);
    // Where export and import dialogs open (empty: Documents).
    QString lastFolder() const;
    void setLastFolder(const QString &folder);
    // Desktop notices of a kind (NoticeKind as an int): on unless turned off in Settings.
    bool noticeEnabled(int kind) const;
    void setNoticeEnabled(int kind, bool enabled);

    // Column widths one account chose in one table (by the view's objectName); empty: none.
    QList<int> columnWidths(const QString &account, const QString &view) const;
    void setColumnWidths(const QString &account, const QString &view, const QList<int> &widths);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);

    // The cache file of one server + account in this profile.
    QString cacheFilePath(const QString &serverKey, const QString &email) const;
    // A data folder for the embedded server of this profile.
    QString embeddedDataDir() const;

    void sync();

private:
    QString m_profile;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace wedsync
