#include "realtime/PresenceState.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace wedsync::server {

using namespace Qt::StringLiterals;

QJsonObject PresenceState::Diff::toJson() const
{
    return QJsonObject {{u"joins"_s, joins}, {u"leaves"_s, leaves}};
}

PresenceState::PresenceState()
    : m_refPrefix(QString::number(QRandomGenerator::global()->generate(), 36))
{ }

QString PresenceState::nextRef()
{
    return m_refPrefix + u'-' + QString::number(++m_refCounter, 36);
}

QJsonObject PresenceState::metaJson(const Entry &entry, const QString &previousRef)
{
    QJsonObject meta = entry.meta;
    meta.insert(u"phx_ref"_s, entry.phxRef);
    if (!previousRef.isEmpty())
        meta.insert(u"phx_ref_prev"_s, previousRef);
    return meta;
}

QJsonObject PresenceState::keyJson(const QJsonObject &meta)
{
    return QJsonObject {{u"metas"_s, QJsonArray {meta}}};
}

std::optional<PresenceState::Diff> PresenceState::track(quint64 channelId, const QString &key,
                                                        const QJsonObject &meta)
{
    Diff diff;
    QString previousRef;
    const auto existing = m_keyOfChannel.constFind(channelId);
    if (existing != m_keyOfChannel.constEnd()) {
        QList<Entry> &entries = m_byKey[*existing];
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries.at(i).channelId != channelId)
                continue;
            if (*existing == key && entries.at(i).meta == meta)
                return std::nullopt;
            previousRef = entries.at(i).phxRef;
            diff.leaves.insert(*existing, keyJson(metaJson(entries.at(i))));
            entries.removeAt(i);
            break;
        }
        if (entries.isEmpty())
            m_byKey.remove(*existing);
    }
    const Entry entry {channelId, nextRef(), meta};
    m_byKey[key].append(entry);
    m_keyOfChannel.insert(channelId, key);
    diff.joins.insert(key, keyJson(metaJson(entry, previousRef)));
    return diff;
}

std::optional<PresenceState::Diff> PresenceState::untrack(quint64 channelId)
{
    const auto it = m_keyOfChannel.constFind(channelId);
    if (it == m_keyOfChannel.constEnd())
        return std::nullopt;
    const QString key = *it;
    m_keyOfChannel.erase(it);
    QList<Entry> &entries = m_byKey[key];
    Diff diff;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).channelId == channelId) {
            diff.leaves.insert(key, keyJson(metaJson(entries.at(i))));
            entries.removeAt(i);
            break;
        }
    }
    if (entries.isEmpty())
        m_byKey.remove(key);
    return diff;
}

qsizetype PresenceState::countOfUser(const QString &userId) const
{
    qsizetype count = 0;
    for (const QList<Entry> &entries : m_byKey) {
        for (const Entry &entry : entries)
            count += entry.meta.value("user_id"_L1).toString() == userId ? 1 : 0;
    }
    return count;
}

QJsonObject PresenceState::state() const
{
    QJsonObject out;
    for (auto it = m_byKey.constBegin(); it != m_byKey.constEnd(); ++it) {
        QJsonArray metas;
        for (const Entry &entry : it.value())
            metas.append(metaJson(entry));
        out.insert(it.key(), QJsonObject {{u"metas"_s, metas}});
    }
    return out;
}

} // namespace wedsync::server
