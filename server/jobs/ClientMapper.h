#pragma once
// A provider's raw contact → the contract's client fields, through the integration's field
// mappings (core/ClientFields' FieldMapping; the provider's default mapping when it has none),
// with the e-mail key and the content hash the upsert compares.

#include "ClientFields.h"
#include "ClientRecord.h"
#include "IntegrationRules.h"

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
    QString skipReason; // why the client cannot be imported at all; empty when it can
    ClientProblem skipProblem; // the same as a code, for the job's log line
};

class ClientMapper
{
public:
    // `rules`: the integration's field mappings; empty: the provider's default mapping.
    ClientMapper(const QString &provider, const QList<crm::MappingRule> &rules);

    MappedClient map(const QJsonObject &raw) const;
    const FieldMapping &mapping() const { return m_mapping; }

    static FieldMapping defaultMapping(const QString &provider);

private:
    FieldMapping m_mapping;
};

} // namespace wedsync::server
