#include "presence/PresenceRoster.h"

#include <QJsonArray>
#include <QSet>

namespace wedsync {

using namespace Qt::StringLiterals;

QList<QJsonObject> PresenceRoster::metasOf(const QJsonValue &presence)
{
    QList<QJsonObject> metas;
    const QJsonArray array = presence.toObject().value("metas"_L1).toArray();
    for (const QJsonValue &meta : array) {
        if (meta.isObject())
            metas.append(meta.toObject());
    }
    return metas;
}

void PresenceRoster::reset(const QJsonObject &state)
{
    m_entries.clear();
    for (auto it = state.begin(); it != state.end(); ++it) {
        QList<QJsonObject> metas = metasOf(it.value());
        if (!metas.isEmpty())
            m_entries.insert(it.key(), std::move(metas));
    }
    m_haveState = true;
}

bool PresenceRoster::applyDiff(const QJsonObject &diff)
{
    if (!m_haveState)
        return false;
    const QJsonObject joins = diff.value("joins"_L1).toObject();
    for (auto it = joins.begin(); it != joins.end(); ++it) {
        const QList<QJsonObject> joined = metasOf(it.value());
        QSet<QString> joinedRefs;
        for (const QJsonObject &meta : joined)
            joinedRefs.insert(meta.value("phx_ref"_L1).toString());
        // As Phoenix: metas we had keep their place, a meta sent again is replaced.
        QList<QJsonObject> metas;
        for (const QJsonObject &meta : m_entries.value(it.key())) {
            if (!joinedRefs.contains(meta.value("phx_ref"_L1).toString()))
                metas.append(meta);
        }
        metas.append(joined);
        if (!metas.isEmpty())
            m_entries.insert(it.key(), std::move(metas));
    }
    const QJsonObject leaves = diff.value("leaves"_L1).toObject();
    for (auto it = leaves.begin(); it != leaves.end(); ++it) {
        auto entry = m_entries.find(it.key());
        if (entry == m_entries.end())
            continue;
        QSet<QString> leftRefs;
        for (const QJsonObject &meta : metasOf(it.value()))
            leftRefs.insert(meta.value("phx_ref"_L1).toString());
        entry->removeIf([&leftRefs](const QJsonObject &meta) {
            return leftRefs.contains(meta.value("phx_ref"_L1).toString());
        });
        if (entry->isEmpty())
            m_entries.erase(entry);
    }
    return true;
}

void PresenceRoster::clear()
{
    m_entries.clear();
    m_haveState = false;
}

} // namespace wedsync
