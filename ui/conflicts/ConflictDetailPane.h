#pragma once
// One conflict, field by field: who made each side and when, base / refused change / server
// side by side with the one-sided changes merged already, and for each field both changed a
// choice — keep the refused value, keep the server's, or type one's own (checked by the
// entity's rules). Choices can be undone; Apply stays disabled until every field has one, and
// its label says what it will do.

#include "ConflictItem.h"
#include "Result.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace wedsync {

class ConflictMergeModel;

class ConflictDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictDetailPane(QWidget *parent = nullptr);
    ~ConflictDetailPane() override;

    // Shows `item` (choices start over); `note` explains why, e.g. after the entity moved on.
    void showConflict(const ConflictItem &item, const QString &note = {});
    // Empty: nothing shown; `hint` says why (no conflicts left), else "choose one".
    void clear(const QString &hint = {});
    // Names for people and organizations.
    void setNames(const QHash<QString, QString> &names);
    // Read-only: choices can be looked at, nothing applied.
    void setReadOnly(bool readOnly);
    // While a resolution is on its way: nothing can be applied twice.
    void setBusy(bool busy);
    void showError(const QString &message);
    // The fields a validation named, by their names, one per line.
    void showResultError(const Error &error);

    ConflictMergeModel *model() const { return m_model; }
    QUndoStack *undoStack() const;
    QTableView *view() const { return m_view; }
    QPushButton *applyButton() const { return m_apply; }

    // For the buttons and tests: choose for the selected field, or for a path.
    bool chooseMine(const QString &path);
    bool chooseTheirs(const QString &path);
    // Sets a value of one's own ("text" for text fields, JSON for the others); false with the
    // reason shown when it cannot be read.
    bool chooseValue(const QString &path, const QString &text);

Q_SIGNALS:
    // "mine", "theirs" or "merged" (with the merged content).
    void applyRequested(const QString &resolution, const QJsonObject &document);
    void dismissRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void onCurrentFieldChanged();
    QString selectedPath() const;
    QString personName(const QString &id) const;

    ConflictMergeModel *m_model;
    QLabel *m_title;
    QLabel *m_sides;
    QLabel *m_note;
    QTableView *m_view;
    QLabel *m_fieldHint;
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
    QLineEdit *m_ownValue;
    QPushButton *m_useValue;
    QPushButton *m_allMine;
    QPushButton *m_allTheirs;
    QPushButton *m_undo;
    QPushButton *m_redo;
    QLabel *m_progress;
    QLabel *m_errors;
    QPushButton *m_dismiss;
    QPushButton *m_apply;
    QHash<QString, QString> m_names;
    QString m_noteText;
    QString m_emptyHint;
    bool m_readOnly = false;
    bool m_busy = false;
};

} // namespace wedsync
