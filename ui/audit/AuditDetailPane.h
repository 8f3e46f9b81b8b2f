#pragma once
// The selected audit row in full: who did what to which entity and when, and its before/after
// as a table of changed fields (added, removed, changed: a word and a colour per row), with the
// raw record behind "Show raw".

#include "AuditRecord.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace wedsync {

class JsonDiffModel;

class AuditDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit AuditDetailPane(QWidget *parent = nullptr);

    void showRecord(const AuditRecord &record, const QString &actorName,
                    const QString &organizationName);
    void clear();
    JsonDiffModel *diffModel() const { return m_diff; }
    // The record as the server stores it (before/after JSON), behind "Show raw".
    QPlainTextEdit *rawView() const { return m_raw; }
    QPushButton *rawToggle() const { return m_showRaw; }

Q_SIGNALS:
    // "Open in Conflicts" on a conflict's row.
    void openConflictRequested(const QString &conflictId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_summary;
    QPushButton *m_openConflict;
    QString m_conflictId;
    QPushButton *m_showRaw;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QPlainTextEdit *m_raw;
    JsonDiffModel *m_diff;
};

} // namespace wedsync
