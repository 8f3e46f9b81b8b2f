#pragma once
// The conflict center: one queue of every open sync conflict the account may resolve (the
// server's and this console's own refused edits), searchable and filtered by source, with a
// live count for the sidebar; bulk resolution with one side after a confirmation; and the
// field-by-field merge of the selected conflict below.

#include "common/ConsolePage.h"
#include "conflicts/ConflictResolutions.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace wedsync {

struct ApiError;
class Clock;
class ConflictDetailPane;
class ConflictFeed;
class ConflictListModel;
class UserPrompts;

class ConflictsPage : public ConsolePage
{
    Q_OBJECT
public:
    ConflictsPage(ConflictFeed *feed, ConflictResolutions *resolutions, UserPrompts *prompts,
                  const Clock *clock, QWidget *parent = nullptr);
    ~ConflictsPage() override;

    QString pageId() const override { return QStringLiteral("conflicts"); }
    QString title() const override;
    QIcon icon() const override;
    QString badge() const override;
    void activate() override;
    void refresh() override;
    bool showExample() override;
    QUndoStack *undoStack() const override;
    // An audit row's conflict: selected when listed, else fetched and shown read-only (closed).
    bool showItem(const QString &itemId) override;

    // Names for people and organizations (the audit feed's), and the signed-in user's own
    // (platform staff are nobody's members).
    void setDisplayNames(const QHash<QString, QString> &names);
    void setSignedInUser(const QString &userId, const QString &label) override;

    ConflictListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ConflictDetailPane *details() const { return m_details; }
    // Opens the conflict with this id (selects its row); false if it is not listed.
    bool openConflict(const QString &id);
    // The conflicts selected in the list (the bulk buttons' targets).
    QList<ConflictItem> selectedItems() const;
    // Resolves the selected with one side after asking (the bulk buttons).
    void resolveSelected(const QString &side);

protected:
    void changeEvent(QEvent *event) override;
    void scopeChanged() override;

private:
    void retranslate();
    void applyFilters();
    void onList(const QList<ConflictItem> &items, int total, bool fromCache);
    void onClosed(const QStringList &ids);
    void onError(const ApiError &error);
    void showSelected();
    void showClosed(const ConflictItem &item);
    void updateCount();
    void updateBulkButtons();
    void onBulkFinished(int resolved, const QList<ConflictFailure> &failures);

    ConflictFeed *m_feed;
    ConflictResolutions *m_resolutions;
    UserPrompts *m_prompts;
    ConflictListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_notice;
    QLineEdit *m_search;
    QComboBox *m_source;
    QLabel *m_count;
    QTableView *m_view;
    QPushButton *m_bulkMine;
    QPushButton *m_bulkTheirs;
    QProgressBar *m_bulkProgress;
    QLabel *m_bulkResult;
    QSplitter *m_splitter;
    ConflictDetailPane *m_details;
    QString m_shownId; // the conflict in the detail pane
    QString m_pendingOpen; // asked to open before the list had it
    QHash<QString, QString> m_names;
    QString m_selfId;
    QString m_selfLabel;
    bool m_activated = false;
    bool m_haveLiveData = false;
};

} // namespace wedsync
