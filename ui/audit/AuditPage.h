#pragma once
// The audit trail: filters (actor, entity, event type, time range), a table paged in as the
// user scrolls with live rows on top, a before/after diff of the selected row, and export.
// With a wedding chosen in the switcher it is that wedding's timeline instead: the same rows
// in words under a header per day, newest first, live.

#include "common/ConsolePage.h"
#include "feeds/AuditQuery.h"
#include "feeds/OrganizationFeed.h"

class QAbstractItemView;
class QLabel;
class QListView;
class QProgressBar;
class QStackedWidget;
class QPushButton;
class QTableView;

class QMenu;
class QModelIndex;

namespace wedsync {

class NoMatchNotice;

struct ApiError;
class AuditDetailPane;
class AuditFeed;
class AuditFilterBar;
class AuditModel;
class AuditTimelineModel;
class UserPrompts;

class AuditPage : public ConsolePage
{
    Q_OBJECT
public:
    AuditPage(AuditFeed *feed, UserPrompts *prompts, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("audit"); }
    QString title() const override;
    QIcon icon() const override;
    void activate() override;
    void refresh() override;
    // The signed-in user (id and e-mail from /auth/me): their own rows are named by it.
    void setSignedInUser(const QString &userId, const QString &label) override;
    // The newest update (its before/after shows), else the newest row.
    bool showExample() override;
    // The rows of one item (a section, a conflict, an organization) named by another screen.
    bool showItem(const QString &itemId) override;

    // Names for ids (organizations, people) where the shell knows them.
    void setDisplayNames(const QHash<QString, QString> &names);
    // The organization's weddings, to name the one whose timeline is shown.
    void setWeddings(const QString &organizationId, const QList<WeddingItem> &weddings);
    AuditModel *model() const { return m_model; }
    AuditTimelineModel *timelineModel() const { return m_timelineModel; }
    AuditFilterBar *filterBar() const { return m_filters; }
    QTableView *view() const { return m_view; }
    QListView *timelineView() const { return m_timeline; }
    bool showsTimeline() const { return !m_wedding.isEmpty(); }

protected:
    void changeEvent(QEvent *event) override;
    // An organization chosen in the switcher narrows the trail to it; a wedding makes it the
    // wedding's timeline.
    void scopeChanged() override;

private:
    void retranslate();
    void applyQuery(const AuditQuery &query);
    AuditQuery scoped(AuditQuery query) const;
    // What is asked for: the filters in the switcher's scope, or the wedding's whole timeline.
    AuditQuery currentQuery() const;
    void showMode();
    QAbstractItemView *currentView() const;
    // The audit model's row under the current view's cursor; -1 for none or a day's header.
    int currentRecordRow() const;
    void onPage(const QList<AuditRecord> &records, int total, const QString &nextCursor,
                bool firstPage, bool fromCache);
    void onError(const ApiError &error);
    void maybeFetchMore();
    void showSelected();
    void updateCount();
    void exportAs(const QString &format);
    void fillRowMenu(QMenu *menu, const QModelIndex &index);

    AuditFeed *m_feed;
    UserPrompts *m_prompts;
    AuditModel *m_model;
    AuditFilterBar *m_filters;
    NoMatchNotice *m_noMatch;
    QLabel *m_notice;
    QTableView *m_view;
    AuditTimelineModel *m_timelineModel;
    QListView *m_timeline;
    QStackedWidget *m_views;
    QLabel *m_timelineTitle;
    QLabel *m_count;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QProgressBar *m_exportProgress;
    QLabel *m_exportResult;
    AuditDetailPane *m_details;
    QHash<QString, QString> m_names;
    QString m_organization; // the trail is narrowed to it; empty: all
    QString m_wedding; // the timeline of this wedding; empty: the trail
    QHash<QString, WeddingItem> m_weddings;
    bool m_activated = false;
    bool m_haveLiveData = false;
};

} // namespace wedsync
