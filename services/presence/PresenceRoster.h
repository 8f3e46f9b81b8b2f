#pragma once
// Who is present on one channel, as the server keys it: filled from presence_state and kept
// current with presence_diff (Phoenix Presence semantics, metas identified by phx_ref).

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wedsync {

class PresenceRoster
{
public:
    // presence_state: {key: {metas: [...]}} replaces everything we knew.
    void reset(const QJsonObject &state);
    // presence_diff: {joins: {...}, leaves: {...}}. Returns false (and changes nothing) when
    // no presence_state has arrived yet for the current join: a diff needs a base.
    bool applyDiff(const QJsonObject &diff);
    // A new join is on its way; diffs wait for its presence_state.
    void awaitState() { m_haveState = false; }
    void clear();

    QHash<QString, QList<QJsonObject>> entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    static QList<QJsonObject> metasOf(const QJsonValue &presence);

    QHash<QString, QList<QJsonObject>> m_entries;
    bool m_haveState = false;
};

} // namespace wedsync
