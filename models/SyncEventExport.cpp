#include "SyncEventExport.h"

#include "SyncJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace wedsync {

QString csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar first = cell.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\r')
        || cell.contains(u'\n')) {
        cell.replace(u"\""_s, u"\"\""_s);
        cell = u'"' + cell + u'"';
    }
    return cell;
}

QByteArray syncEventsToCsv(const QList<SyncEvent> &events,
                           const QHash<QString, QString> &tenantNames)
{
    QString out = u"id,occurredAt,organizationId,tenant,kind,status,configVersion,source,actorId,"
                  u"message,durationMs,details\r\n"_s;
    for (const SyncEvent &e : events) {
        const QStringList cells {
            csvCell(e.id),
            csvCell(e.occurredAt.toUTC().toString(Qt::ISODateWithMs)),
            csvCell(e.organizationId),
            csvCell(tenantNames.value(e.organizationId)),
            csvCell(e.kind),
            csvCell(syncStatusName(e.status)),
            QString::number(e.configVersion),
            csvCell(e.source),
            csvCell(e.actorId),
            csvCell(e.message),
            QString::number(e.durationMs),
            csvCell(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))),
        };
        out += cells.join(u',');
        out += u"\r\n"_s;
    }
    return out.toUtf8();
}

QByteArray syncEventsToJson(const QList<SyncEvent> &events, const QDateTime &exportedAt)
{
    QJsonArray items;
    for (const SyncEvent &e : events)
        items.append(syncEventToJson(e));
    const QJsonObject document {
        {u"items"_s, items},
        {u"count"_s, items.size()},
        {u"exportedAt"_s, exportedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace wedsync
