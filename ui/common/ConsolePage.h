#pragma once
// One screen of the console's main window: a widget with a stable id, a title and an icon
// for the sidebar, that says when the data it shows was last updated. The shell talks to
// every screen through these calls only, so a new screen needs no case in the shell.

#include "feeds/ConsoleScope.h"

#include <QDateTime>
#include <QIcon>
#include <QString>
#include <QWidget>

class QUndoStack;

namespace wedsync {

class ConsolePage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString pageId() const = 0; // "dashboard", "audit", ... (also the objectName)
    virtual QString title() const = 0; // translated, for the sidebar and window title
    virtual QIcon icon() const { return {}; }
    // A short count beside the title in the sidebar ("4" open conflicts); empty: none.
    virtual QString badge() const { return {}; }
    // Shown (or shown again): load cached state at once, then ask for fresh data.
    virtual void activate() { }
    // The user asked to refresh (F5 / the Refresh command).
    virtual void refresh() { }

    // The organization and wedding chosen in the switcher (empty: all the account may see).
    // Kept here for every screen; scopeChanged() tells the screen when it differs.
    void setScope(const ConsoleScope &scope)
    {
        if (scope == m_scope)
            return;
        m_scope = scope;
        scopeChanged();
    }
    void setScope(const QString &organizationId, const QString &weddingId)
    {
        setScope(ConsoleScope {organizationId, weddingId});
    }
    const ConsoleScope &scope() const { return m_scope; }

    // Who is signed in (id and e-mail from /auth/me), so a screen can name their own rows.
    virtual void setSignedInUser(const QString &userId, const QString &label)
    {
        Q_UNUSED(userId);
        Q_UNUSED(label);
    }
    // Selects a representative row so the screen shows its details (the screenshots); false
    // while what it would pick is not on screen yet (it may then have picked another row).
    virtual bool showExample() { return true; }
    // The screen's edits, for the window's Edit menu (Undo "Move Timeline", Redo); none: the
    // screen edits nothing.
    virtual QUndoStack *undoStack() const { return nullptr; }
    // Edits not saved yet (the window asks before closing or signing out).
    virtual bool hasUnsavedChanges() const { return false; }
    // Shows one item of this screen named by another (an audit row's conflict); false if the
    // screen has no such items.
    virtual bool showItem(const QString &itemId)
    {
        Q_UNUSED(itemId);
        return false;
    }

Q_SIGNALS:
    // New data is on screen; fromCache means it is the last known state, not a live answer.
    void dataUpdated(const QDateTime &at, bool fromCache);
    // A one-line message for the status bar (errors a person can act on, results).
    void statusMessage(const QString &message);
    // badge() changed.
    void badgeChanged();
    // The user asked to see `itemId` on the screen `pageId` (the window shows it there).
    void openItemRequested(const QString &pageId, const QString &itemId);

protected:
    virtual void scopeChanged() { }

private:
    ConsoleScope m_scope;
};

} // namespace wedsync
