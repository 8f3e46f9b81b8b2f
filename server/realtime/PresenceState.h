#pragma once
// Who is present on one topic, in the Phoenix Presence shape: {key: {metas: [...]}}, each
// meta identified by its phx_ref; changes come out as presence_diff {joins, leaves}.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace wedsync::server {

class PresenceState
{
public:
    struct Diff
    {
        QJsonObject joins;
        QJsonObject leaves;
        QJsonObject toJson() const;
    };

    PresenceState();

    // One tracked presence per channel. Tracking again with a different meta is an update,
    // sent as a leave of the old meta and a join of the new one (with phx_ref_prev), as in
    // Phoenix; tracking the same meta again changes nothing and returns no diff.
    std::optional<Diff> track(quint64 channelId, const QString &key, const QJsonObject &meta);
    std::optional<Diff> untrack(quint64 channelId);

    QJsonObject state() const;
    bool isEmpty() const { return m_keyOfChannel.isEmpty(); }
    bool tracks(quint64 channelId) const { return m_keyOfChannel.contains(channelId); }
    // How many metas carry this user_id (the server stamps it from the token).
    qsizetype countOfUser(const QString &userId) const;

private:
    struct Entry
    {
        quint64 channelId = 0;
        QString phxRef;
        QJsonObject meta; // as the client sent it, without phx_ref
    };
    static QJsonObject metaJson(const Entry &entry, const QString &previousRef = {});
    static QJsonObject keyJson(const QJsonObject &meta);
    QString nextRef();

    QMap<QString, QList<Entry>> m_byKey;
    QHash<quint64, QString> m_keyOfChannel;
    QString m_refPrefix; // random per topic, so refs of a recreated topic never collide
    quint64 m_refCounter = 0;
};

} // namespace wedsync::server
