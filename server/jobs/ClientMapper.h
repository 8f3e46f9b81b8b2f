#pragma once
// A provider's raw contact → the contract's client fields, through the integration's field
// mappings (or the provider's default mapping when it has none), with the e-mail key and the
// content hash the upsert compares.
//
// Interim: core/ClientFields (helper C's FieldMapping) is not on main yet, so this applies the
// simple transforms itself (none, trim, lower, upper, title, phone_e164, split_name, join_name,
// date_iso with a Qt format) and will delegate to FieldMapping::apply once it lands.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace wedsync::server {

struct MappedClient
{
    QJsonObject fields; // standard and custom.<key> fields, text values
    QString emailKey; // lower-case e-mail, for matching
    QString contentHash; // SHA-256 of the canonical fields
    QStringList problems; // values a transform could not take (sentences)
};

class ClientMapper
{
public:
    // `mappings`: {"source","target","transform","argument"} rows; empty: the provider's
    // default mapping.
    ClientMapper(const QString &provider, const QList<QJsonObject> &mappings);

    MappedClient map(const QJsonObject &raw) const;

    // A JSON object flattened to "a.b" keys (arrays by index), at most 32 levels deep.
    static QHash<QString, QString> flatten(const QJsonObject &object);
    static QList<QJsonObject> defaultMapping(const QString &provider);

private:
    QList<QJsonObject> m_mappings;
};

} // namespace wedsync::server
