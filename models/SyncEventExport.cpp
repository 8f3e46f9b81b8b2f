#include "SyncEventExport.h"

#include "CsvWriter.h"
#include "SyncJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace wedsync {

QByteArray syncEventsToCsv(const QList<SyncEvent> &events,
                           const QHash<QString, QString> &tenantNames)
{
    QString out = u"id,occurredAt,organizationId,tenant,kind,status,configVersion,source,actorId,"
                  u"message,durationMs,details\r\n"_s;
    for (const SyncEvent &e : events) {
        const QStringList cells {
            CsvWriter::cell(e.id),
            CsvWriter::cell(e.occurredAt.toUTC().toString(Qt::ISODateWithMs)),
            CsvWriter::cell(e.organizationId),
            CsvWriter::cell(tenantNames.value(e.organizationId)),
            CsvWriter::cell(e.kind),
            CsvWriter::cell(syncStatusName(e.status)),
            QString::number(e.configVersion),
            CsvWriter::cell(e.source),
            CsvWriter::cell(e.actorId),
            CsvWriter::cell(e.message),
            QString::number(e.durationMs),
            CsvWriter::cell(
                QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))),
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
