#pragma once
// The live sync event history: newest first, filtered by tenant, kind and status, a details pane
// for the selected event, and export of the rows shown as CSV or JSON.

#include "SyncHealth.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

class QMenu;
class QModelIndex;

namespace wedsync {

class NoMatchNotice;

class RoleFilterProxyModel;
class SyncEventModel;
class UserPrompts;

class EventHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EventHistoryPanel(UserPrompts *prompts, QWidget *parent = nullptr);

    // A REST page or the cache, merged into the history (live events are kept).
    void setEvents(const QList<SyncEvent> &events);
    void appendEvents(const QList<SyncEvent> &events); // a live batch
    void setTenantNames(const QHash<QString, QString> &names);
    // The signed-in user (id and e-mail): events they caused name them, not their id.
    void setSignedInUser(const QString &userId, const QString &label);
    // People's names by user id: the details name an event's actor.
    void setPeopleNames(const QHash<QString, QString> &names);
    // Shows one tenant's events (empty: every tenant's), as if chosen in the tenant filter.
    void setTenantFilter(const QString &organizationId);

    SyncEventModel *model() const { return m_model; }
    RoleFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // The events the filters let through, newest first.
    QList<SyncEvent> visibleEvents() const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A row's command asks for another screen ("audit": an item id; "conflicts": a conflict).
    void openItemRequested(const QString &pageId, const QString &itemId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildKindFilter();
    void applyFilters();
    void showDetails();
    QString actorText(const QString &actorId) const;
    void updateCount();
    void exportAs(const QString &format);
    void fillRowMenu(QMenu *menu, const QModelIndex &index);
    void openNaturalTarget(const QModelIndex &index);
    static QString auditItemOf(const SyncEvent &event);
    void clearFilters();

    UserPrompts *m_prompts;
    SyncEventModel *m_model;
    RoleFilterProxyModel *m_proxy;
    NoMatchNotice *m_noMatch;
    QComboBox *m_tenantFilter;
    QComboBox *m_kindFilter;
    QComboBox *m_statusFilter;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QPushButton *m_showRaw;
    QLabel *m_count;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QLabel *m_title;
    QHash<QString, QString> m_tenantNames;
    QHash<QString, QString> m_people;
    QString m_selfId;
    QString m_selfLabel;
    QString m_wantedTenant; // chosen before its name was known
};

} // namespace wedsync
