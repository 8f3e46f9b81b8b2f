#pragma once
// The layout editor's undo steps. Each holds what it changed as per-section deltas (the
// fields it touched, or a whole section it added or removed) and applies them through the
// document, which resolves ids: a step recorded before a save still finds a created section
// under the id the server gave it, and a change someone else made to other fields meanwhile
// is left alone.

#include "SectionConfig.h"

#include <QList>
#include <QStringList>
#include <QUndoCommand>

#include <optional>

namespace wedsync {

class LayoutDocument;

struct SectionDelta
{
    QString id; // as the section was known when the step was made
    std::optional<SectionConfig> before; // none: the step added it
    std::optional<SectionConfig> after; // none: the step removed it
    QStringList fields; // for a change in place: the SectionFields names it touched
};

// What turns `from` into `to`, section by section (matched by id).
QList<SectionDelta> sectionDeltas(const QList<SectionConfig> &from, const QList<SectionConfig> &to);

class LayoutCommand : public QUndoCommand
{
public:
    LayoutCommand(LayoutDocument *document, const QString &text, QList<SectionDelta> deltas);

    void undo() override;
    void redo() override;

protected:
    LayoutDocument *m_document;
    QList<SectionDelta> m_deltas;
};

// One field of one section; consecutive edits of the same field merge (typing is one step).
class SetFieldCommand : public LayoutCommand
{
public:
    using LayoutCommand::LayoutCommand;

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
};

} // namespace wedsync
