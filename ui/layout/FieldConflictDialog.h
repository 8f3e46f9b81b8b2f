#pragma once
// Someone else saved a section this planner has unsaved edits to: for each field both changed,
// their value beside this planner's, and a choice of which to keep. Nothing is decided until
// the planner applies the choices (each "take theirs" is an undoable step).

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QGridLayout;
class QLabel;

namespace wedsync {

class LayoutDocument;

class FieldConflictDialog : public QDialog
{
    Q_OBJECT
public:
    FieldConflictDialog(LayoutDocument *document, const QString &sectionId,
                        QWidget *parent = nullptr);

    // Chooses for one field (tests, keyboard-free scripts); false if it is not in conflict.
    bool choose(const QString &field, bool takeTheirs);
    // Applies the choices to the document.
    void apply();

private:
    LayoutDocument *m_document;
    QString m_sectionId;
    QHash<QString, QButtonGroup *> m_choices; // field -> {0: mine, 1: theirs}
};

} // namespace wedsync
