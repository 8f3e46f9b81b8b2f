#include "LayoutCommands.h"

#include "LayoutDocument.h"
#include "SectionFields.h"

#include <QHash>

namespace wedsync {

QList<SectionDelta> sectionDeltas(const QList<SectionConfig> &from, const QList<SectionConfig> &to)
{
    QHash<QString, const SectionConfig *> before;
    for (const SectionConfig &section : from)
        before.insert(section.id, &section);
    QList<SectionDelta> out;
    for (const SectionConfig &section : to) {
        const SectionConfig *was = before.take(section.id);
        if (!was) {
            out.append({section.id, std::nullopt, section, {}});
            continue;
        }
        if (*was == section)
            continue;
        if (const QStringList fields = changedSectionFields(*was, section); !fields.isEmpty())
            out.append({section.id, *was, section, fields});
    }
    for (const SectionConfig &section : from) {
        if (before.contains(section.id))
            out.append({section.id, section, std::nullopt, {}});
    }
    return out;
}

LayoutCommand::LayoutCommand(LayoutDocument *document, const QString &text,
                             QList<SectionDelta> deltas)
    : QUndoCommand(text)
    , m_document(document)
    , m_deltas(std::move(deltas))
{ }

void LayoutCommand::undo()
{
    m_document->applyDeltas(m_deltas, false);
}

void LayoutCommand::redo()
{
    m_document->applyDeltas(m_deltas, true);
}

int SetFieldCommand::id() const
{
    return 1;
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetFieldCommand *>(other);
    if (!next || next->m_deltas.size() != 1 || m_deltas.size() != 1)
        return false;
    SectionDelta &mine = m_deltas.first();
    const SectionDelta &theirs = next->m_deltas.first();
    if (m_document->resolvedId(mine.id) != m_document->resolvedId(theirs.id)
        || mine.fields != theirs.fields || !mine.before || !theirs.after)
        return false;
    mine.after = theirs.after;
    // Typed back to where it started: the step does nothing any more.
    const QString field = mine.fields.value(0);
    setObsolete(sectionFieldValue(*mine.before, field) == sectionFieldValue(*mine.after, field));
    return true;
}

} // namespace wedsync
