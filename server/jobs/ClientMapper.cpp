#include "jobs/ClientMapper.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

ClientMapper::ClientMapper(const QString &provider, const QList<crm::MappingRule> &rules)
{
    if (rules.isEmpty()) {
        m_mapping = defaultMapping(provider);
        return;
    }
    for (const crm::MappingRule &rule : rules) {
        m_mapping.append(FieldMappingEntry {
            rule.source, rule.target,
            clientTransformFromId(rule.transform).value_or(ClientTransform::None), rule.argument});
    }
}

FieldMapping ClientMapper::defaultMapping(const QString &provider)
{
    FieldMapping mapping;
    if (provider == u"tave"_s) {
        // Táve / VSCO Workspace v2 contact fields (providers.md §4.1).
        mapping.append({u"firstName"_s, u"first_name"_s, ClientTransform::Trim, {}});
        mapping.append({u"lastName"_s, u"last_name"_s, ClientTransform::Trim, {}});
        mapping.append({u"email"_s, u"email"_s, ClientTransform::Lower, {}});
        mapping.append({u"cellPhone.e164"_s, u"mobile"_s, ClientTransform::Trim, {}});
        mapping.append({u"homePhone.e164"_s, u"phone"_s, ClientTransform::Trim, {}});
        // The job the contact is the client of (TaveAdapter): its day, guests and stage. Táve's
        // stages (lead, inquiry, booked, fulfillment, completed) are taken as the status as
        // they are: a client's status is free text.
        mapping.append({u"job.eventDate"_s, u"wedding_date"_s, ClientTransform::DateIso, {}});
        mapping.append({u"job.guestCount"_s, u"guest_count"_s, ClientTransform::None, {}});
        mapping.append({u"job.stage"_s, u"status"_s, ClientTransform::Trim, {}});
    } else if (provider == u"custom"_s) {
        // An endpoint of the studio's own, before anyone mapped its fields: a key named like a
        // standard field ("email", "first_name", "wedding_date") fills that field.
        for (const QString &field : standardClientFields()) {
            const ClientTransform transform = field == u"email"_s || field == u"partner_email"_s
                ? ClientTransform::Lower
                : field == u"wedding_date"_s ? ClientTransform::DateIso
                                             : ClientTransform::Trim;
            mapping.append({field, field, transform, {}});
        }
    }
    return mapping;
}

MappedClient ClientMapper::map(const QJsonObject &raw) const
{
    const MappedRow row = m_mapping.apply(raw);
    MappedClient out;
    out.fields = row.record.toJson();
    out.emailKey = row.record.emailKey();
    out.contentHash = row.record.contentHash();
    for (const FieldError &problem : row.problems)
        out.problems.append(problem.message);
    const QList<ClientProblem> invalid = row.record.problems();
    if (!invalid.isEmpty()) {
        out.skipProblem = invalid.constFirst();
        out.skipReason = ClientRecord::problemText(out.skipProblem);
    }
    return out;
}

} // namespace wedsync::server
