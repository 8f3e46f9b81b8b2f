#pragma once
// One conflict's field-by-field merge, as the resolver works on it: every field either side
// changed, with base, mine and theirs side by side; fields changed on one side (or alike) are
// merged already and marked so; each true conflict waits for a choice — mine, theirs, or a
// value of the resolver's own. Choices are undoable steps. The result is validated by the
// core rules of the entity before anything is sent.

#include "ConflictItem.h"
#include "ConflictSides.h"
#include "ThreeWayMerge.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class QUndoStack;

namespace wedsync {

class ConflictMergeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, BaseColumn, MineColumn, TheirsColumn, ResultColumn, ColumnCount };

    explicit ConflictMergeModel(QObject *parent = nullptr);

    // Starts over on `item` (its merge computed here; no choices, an empty undo stack).
    void setConflict(const ConflictItem &item);
    void clear();
    const ConflictItem &conflict() const { return m_item; }
    bool hasConflict() const { return !m_item.id.isEmpty(); }
    const MergeResult &merge() const { return m_merge; }

    // The fields shown: every field a side changed, in document order.
    const MergeField &field(int row) const { return m_merge.fields.at(m_rows.at(row)); }
    int rowOf(const QString &path) const;
    bool needsChoice(int row) const;
    // Every conflicting field has a choice (mine, theirs or a value).
    bool isComplete() const;
    int conflictCount() const;
    int chosenCount() const;
    // Each conflicting field's choice; a field without one is absent.
    const QHash<QString, FieldChoice> &choices() const { return m_choices; }
    // All chosen from one side ("mine" / "theirs"), or "merged" for a mix or own values;
    // empty while something is left to choose.
    QString resolutionKind() const;

    // Undoable: sets (or, with std::nullopt, clears) the choice for `path`. False when the
    // path is not a conflicting field or nothing would change.
    bool choose(const QString &path, std::optional<FieldChoice> choice);
    // One step taking `side` for every conflicting field.
    void chooseAll(FieldChoice::Side side);
    QUndoStack *undoStack() const { return m_undo; }

    // The document to apply: the merge with the choices, validated by the entity's rules
    // (sections: core sanitize + validate). Errors name the paths as the rows show them.
    Result<QJsonObject> result() const;

    // A value as a person reads it, short ("(none)" for absent, lists joined by commas).
    static QString valueText(const QJsonValue &value);
    // A value as JSON text without the document around it ("[\"admin\"]", "6", "\"x\"").
    static QString jsonText(const QJsonValue &value);
    // A dotted path as the rows name it ("Subtitle" for customization.subtitle).
    QString fieldName(const QString &path) const;
    // The kind of change as words ("Only the CRM changed it: merged", ...).
    QString kindText(MergeFieldKind kind) const;
    // The words for the two sides of this conflict.
    ConflictSides sides() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void choicesChanged();

private:
    friend class ConflictChoiceCommand;
    void setChoice(const QString &path, const std::optional<FieldChoice> &choice);
    QJsonValue resultValue(int row) const;

    ConflictItem m_item;
    MergeResult m_merge;
    QList<int> m_rows; // indexes into m_merge.fields of the changed fields
    QHash<QString, FieldChoice> m_choices;
    QUndoStack *m_undo;
};

} // namespace wedsync
