#pragma once
// The audit trail: filters (actor, entity, event type, time range), a table paged in as the
// user scrolls with live rows on top, a before/after diff of the selected row, and export.

#include "common/ConsolePage.h"
#include "feeds/AuditQuery.h"

class QLabel;
class QProgressBar;
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
    AuditModel *model() const { return m_model; }
    AuditFilterBar *filterBar() const { return m_filters; }
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;
    // An organization chosen in the switcher narrows the trail to it.
    void scopeChanged() override;

private:
    void retranslate();
    void applyQuery(const AuditQuery &query);
    AuditQuery scoped(AuditQuery query) const;
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
    QLabel *m_count;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QProgressBar *m_exportProgress;
    QLabel *m_exportResult;
    AuditDetailPane *m_details;
    QHash<QString, QString> m_names;
    QString m_organization; // the trail is narrowed to it; empty: all
    bool m_activated = false;
    bool m_haveLiveData = false;
};

} // namespace wedsync
