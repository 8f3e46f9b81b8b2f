#pragma once
// The Settings screen's history of the chosen scope's document, newest first (more on
// request): two versions compared read as sentences; a rollback (asked first) makes the
// document equal to an old version again as a new version, so rolling forward undoes it.

#include "config/ConfigRecords.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace wedsync {

struct ApiError;
class ConfigActions;
class ConfigHistoryModel;
class UserPrompts;

class ConfigHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    ConfigHistoryPanel(ConfigActions *actions, UserPrompts *prompts, QWidget *parent = nullptr);

    void setView(const ConfigView &view); // the version a rollback starts from
    void setEntries(const QList<ConfigHistoryEntry> &entries, bool append, bool hasMore);
    void clear();
    void setWritable(bool mayWrite);
    // Compares the versions selected (one: with the one before it).
    void compareSelected();
    // Rolls back to the version selected, after asking.
    void rollbackSelected();

    ConfigHistoryModel *history() const { return m_model; }
    QTableView *historyView() const { return m_view; }
    QListWidget *diffList() const { return m_diff; }
    QPushButton *rollbackButton() const { return m_rollback; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *moreButton() const { return m_more; }

Q_SIGNALS:
    void moreRequested();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<qint64> selectedVersions() const;
    void updateButtons();
    void retranslate();

    ConfigActions *m_actions;
    UserPrompts *m_prompts;
    ConfigHistoryModel *m_model;
    QLabel *m_heading;
    QTableView *m_view;
    QPushButton *m_more;
    QPushButton *m_compare;
    QPushButton *m_rollback;
    QLabel *m_diffHeading;
    QListWidget *m_diff;
    ConfigView m_current;
    bool m_hasView = false;
    bool m_mayWrite = false;
};

} // namespace wedsync
