#include "storage/ComplianceCatalogRepository.h"

#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

// A null QString binds SQL NULL; these columns hold '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

} // namespace

ComplianceCatalogRepository::ComplianceCatalogRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<QList<ComplianceTierRow>> ComplianceCatalogRepository::tiers(const QString &organizationId)
{
    SqlQuery q(m_db,
               u"SELECT id, name, description, level, required_completion_percent, minimum_points"
               " FROM compliance_tiers WHERE organization_id = :org ORDER BY level"_s);
    q.bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"reading compliance tiers"_s); !done)
        return done.error();
    QList<ComplianceTierRow> out;
    while (q.next()) {
        ComplianceTierRow tier;
        tier.rule = ComplianceTierRule {q.text(0), q.text(1), q.value(3).toInt(),
                                        q.value(4).toInt(), q.value(5).toInt()};
        tier.organizationId = organizationId;
        tier.description = q.text(2);
        out << tier;
    }
    SqlQuery links(m_db,
                   u"SELECT l.tier_id, l.requirement_id FROM compliance_tier_requirements l"
                   " JOIN compliance_tiers t ON t.id = l.tier_id"
                   " WHERE t.organization_id = :org ORDER BY l.tier_id, l.position"_s);
    links.bind(u":org"_s, organizationId);
    if (auto done = links.exec(u"reading compliance tier requirements"_s); !done)
        return done.error();
    while (links.next()) {
        for (ComplianceTierRow &tier : out) {
            if (tier.rule.id == links.text(0))
                tier.requirementIds << links.text(1);
        }
    }
    return out;
}

Result<QList<ComplianceRequirementRow>>
ComplianceCatalogRepository::requirements(const QString &organizationId)
{
    SqlQuery q(m_db,
               u"SELECT id, title, description, points, due_days, evidence_type"
               " FROM compliance_requirements WHERE organization_id = :org ORDER BY title, id"_s);
    q.bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"reading compliance requirements"_s); !done)
        return done.error();
    QList<ComplianceRequirementRow> out;
    while (q.next()) {
        out << ComplianceRequirementRow {
            q.text(0),
            organizationId,
            q.text(1),
            q.text(2),
            q.value(3).toInt(),
            q.value(4).isNull() ? std::nullopt : std::optional<int>(q.value(4).toInt()),
            q.text(5)};
    }
    return out;
}

Result<QHash<QString, QString>>
ComplianceCatalogRepository::roleTiers(const QString &organizationId)
{
    SqlQuery q(m_db,
               u"SELECT role, tier_id FROM compliance_role_tiers WHERE organization_id = :org"_s);
    q.bind(u":org"_s, organizationId);
    if (auto done = q.exec(u"reading role tiers"_s); !done)
        return done.error();
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.text(0), q.text(1));
    return out;
}

Status ComplianceCatalogRepository::createTier(const ComplianceTierRow &tier)
{
    SqlQuery q(m_db,
               u"INSERT INTO compliance_tiers (id, organization_id, name, description, level,"
               " required_completion_percent, minimum_points, created_at)"
               " VALUES (:id, :org, :name, :description, :level, :percent, :points, :now)"_s);
    q.bind(u":id"_s, tier.rule.id)
        .bind(u":org"_s, tier.organizationId)
        .bind(u":name"_s, tier.rule.name)
        .bind(u":description"_s, notNull(tier.description))
        .bind(u":level"_s, tier.rule.level)
        .bind(u":percent"_s, tier.rule.requiredCompletionPercent)
        .bind(u":points"_s, tier.rule.minimumPoints)
        .bind(u":now"_s, sql::timestamp(m_clock.now()));
    if (auto done = q.exec(u"creating a compliance tier"_s); !done)
        return done;
    int position = 0;
    for (const QString &requirementId : tier.requirementIds) {
        SqlQuery link(m_db,
                      u"INSERT INTO compliance_tier_requirements (tier_id, requirement_id,"
                      " position) VALUES (:tier, :requirement, :position)"_s);
        link.bind(u":tier"_s, tier.rule.id)
            .bind(u":requirement"_s, requirementId)
            .bind(u":position"_s, position++);
        if (auto done = link.exec(u"adding a requirement to a tier"_s); !done)
            return done;
    }
    return ok();
}

Status ComplianceCatalogRepository::createRequirement(const ComplianceRequirementRow &requirement)
{
    SqlQuery q(m_db,
               u"INSERT INTO compliance_requirements (id, organization_id, title, description,"
               " points, due_days, evidence_type, created_at)"
               " VALUES (:id, :org, :title, :description, :points, :due, :evidence, :now)"_s);
    q.bind(u":id"_s, requirement.id)
        .bind(u":org"_s, requirement.organizationId)
        .bind(u":title"_s, requirement.title)
        .bind(u":description"_s, notNull(requirement.description))
        .bind(u":points"_s, requirement.points)
        .bind(u":due"_s,
              requirement.dueDays ? QVariant(*requirement.dueDays)
                                  : QVariant(QMetaType::fromType<int>()))
        .bind(u":evidence"_s, requirement.evidenceType)
        .bind(u":now"_s, sql::timestamp(m_clock.now()));
    return q.exec(u"creating a compliance requirement"_s);
}

Status ComplianceCatalogRepository::setRoleTier(const QString &organizationId, const QString &role,
                                                const QString &tierId)
{
    SqlQuery q(m_db,
               u"INSERT INTO compliance_role_tiers (organization_id, role, tier_id)"
               " VALUES (:org, :role, :tier)"_s);
    q.bind(u":org"_s, organizationId).bind(u":role"_s, role).bind(u":tier"_s, tierId);
    return q.exec(u"mapping a role to a compliance tier"_s);
}

const ComplianceTierRow *findTier(const QList<ComplianceTierRow> &tiers, const QString &idOrName)
{
    for (const ComplianceTierRow &tier : tiers) {
        if (tier.rule.id == idOrName || tier.rule.name == idOrName)
            return &tier;
    }
    return nullptr;
}

QList<ComplianceTierRule> tierRules(const QList<ComplianceTierRow> &tiers)
{
    QList<ComplianceTierRule> out;
    for (const ComplianceTierRow &tier : tiers)
        out << tier.rule;
    return out;
}

} // namespace wedsync::server
