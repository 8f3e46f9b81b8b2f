#pragma once
// One screen of the console's main window: a widget with a stable id, a title and an icon
// for the sidebar, that says when the data it shows was last updated.

#include <QDateTime>
#include <QIcon>
#include <QString>
#include <QWidget>

namespace wedsync {

class ConsolePage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString pageId() const = 0; // "dashboard", "audit", ... (also the objectName)
    virtual QString title() const = 0; // translated, for the sidebar and window title
    virtual QIcon icon() const { return {}; }
    // Shown (or shown again): load cached state at once, then ask for fresh data.
    virtual void activate() { }
    // The user asked to refresh (F5 / the Refresh command).
    virtual void refresh() { }
    // The organization and wedding chosen in the switcher (empty: all the account may see).
    virtual void setScope(const QString &organizationId, const QString &weddingId)
    {
        Q_UNUSED(organizationId);
        Q_UNUSED(weddingId);
    }

Q_SIGNALS:
    // New data is on screen; fromCache means it is the last known state, not a live answer.
    void dataUpdated(const QDateTime &at, bool fromCache);
    // A one-line message for the status bar (errors a person can act on, results).
    void statusMessage(const QString &message);
};

} // namespace wedsync
