#pragma once
// The list behind the status bar's edits notice: each edit sent through the outbox, waiting,
// applied, in conflict or refused, with the reason in words. It only shows; the journal knows.

#include "cache/OutboxJournal.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace wedsync {

class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutboxDialog(QWidget *parent = nullptr);

    void setItems(const QList<OutboxItem> &items);
    // Whether this account has the conflict center (the button that opens it shows then).
    void setConflictsAvailable(bool available);
    QTableWidget *table() const { return m_table; }

    static QString stateText(OutboxItem::State state);

Q_SIGNALS:
    // "Open Conflicts": the conflicts are resolved there.
    void openConflictsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_openConflicts = nullptr;
    QList<OutboxItem> m_items;
    bool m_conflictsAvailable = false;
};

} // namespace wedsync
