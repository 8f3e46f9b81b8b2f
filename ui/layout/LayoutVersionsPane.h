#pragma once
// The layout's saved versions, newest first (who, when, what in one line), what changed
// between any two of them or between one and the layout on screen, in words, and restoring
// one as a new version (asked first; the server records and audits it like any save).

#include "SectionConfig.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace wedsync {

struct ApiError;
struct LayoutVersionItem;
class LayoutDocument;
class LayoutFeed;
class UserPrompts;

class LayoutVersionsPane : public QWidget
{
    Q_OBJECT
public:
    LayoutVersionsPane(LayoutFeed *feed, LayoutDocument *document, UserPrompts *prompts,
                       QWidget *parent = nullptr);

    void reload();
    QTreeWidget *list() const { return m_list; }
    QListWidget *changes() const { return m_changes; }
    QPushButton *restoreButton() const { return m_restore; }
    // Selects the version (and, with `other`, a second one to compare with).
    bool selectVersion(qint64 version, qint64 other = 0);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onVersions(const QList<LayoutVersionItem> &versions);
    void onVersion(qint64 version, const QList<SectionConfig> &sections);
    void onError(const ApiError &error);
    QList<qint64> selectedVersions() const;
    void showDiff();
    void restoreSelected();

    LayoutFeed *m_feed;
    LayoutDocument *m_document;
    UserPrompts *m_prompts;
    QTreeWidget *m_list;
    QLabel *m_diffTitle;
    QListWidget *m_changes;
    QPushButton *m_refresh;
    QPushButton *m_restore;
    QLabel *m_message;
    QHash<qint64, QList<SectionConfig>> m_snapshots; // versions never change once written
    QList<qint64> m_asked;
};

} // namespace wedsync
