#include "demo/DemoCompliance.h"

#include "ComplianceTierPlan.h"
#include "ComplianceWorkflow.h"
#include "common/Ids.h"
#include "storage/ComplianceCatalogRepository.h"
#include "storage/ComplianceNotificationRepository.h"
#include "storage/ComplianceRecordRepository.h"
#include "storage/SupplierComplianceRepository.h"
#include "storage/UserRepository.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

using S = RequirementStatus;

QString key(const QString &organizationId, const QString &name)
{
    return ids::named(u"compliance:"_s + organizationId + u':' + name);
}

struct DemoRequirement
{
    QString name;
    QString title;
    QString description;
    int points;
    int dueDays;
    QString evidence;
};

const QList<DemoRequirement> &requirements()
{
    static const QList<DemoRequirement> list {
        {u"insurance"_s, u"Public liability insurance certificate"_s,
         u"A current certificate covering at least £5 million, naming the venue as insured."_s, 30,
         30, u"certificate"_s},
        {u"licence"_s, u"Business licence"_s, u"Trading licence or company registration."_s, 20, 30,
         u"document"_s},
        {u"contract"_s, u"Signed supplier contract"_s,
         u"Our standard supplier terms, signed and dated."_s, 20, 14, u"signature"_s},
        {u"day_of_contact"_s, u"Day-of contact and arrival schedule"_s,
         u"Who is on site, their phone numbers and arrival times."_s, 10, 7, u"document"_s},
        {u"hygiene"_s, u"Food hygiene rating"_s,
         u"The current food hygiene rating (4 or 5) for food and drink suppliers."_s, 25, 30,
         u"rating"_s},
        {u"risk_assessment"_s, u"Health and safety risk assessment"_s,
         u"Risks of set-up, the event and take-down, with their controls."_s, 25, 45,
         u"document"_s},
        {u"references"_s, u"Two client references"_s,
         u"Couples or planners from the last twelve months."_s, 15, 60, u"link"_s},
        {u"portfolio"_s, u"Portfolio review"_s, u"Ten recent weddings, reviewed by a planner."_s,
         20, 60, u"link"_s},
        {u"sustainability"_s, u"Sustainability statement"_s,
         u"How waste, transport and sourcing are handled."_s, 15, 90, u"document"_s},
        {u"pat_testing"_s, u"Electrical equipment PAT certificate"_s,
         u"Portable appliance testing of everything plugged in on site."_s, 20, 30,
         u"certificate"_s},
    };
    return list;
}

struct DemoTier
{
    QString name;
    QString description;
    int level;
    int percent;
    int points;
    QStringList requirements;
};

const QList<DemoTier> &tiers()
{
    static const QList<DemoTier> list {
        {u"basic"_s,
         u"Every supplier starts here: insured, licensed, under contract."_s,
         1,
         0,
         0,
         {u"insurance"_s, u"licence"_s, u"contract"_s, u"day_of_contact"_s}},
        {u"verified"_s,
         u"Checked for hygiene, safety and references."_s,
         2,
         75,
         60,
         {u"insurance"_s, u"licence"_s, u"contract"_s, u"hygiene"_s, u"risk_assessment"_s,
          u"references"_s}},
        {u"premier"_s,
         u"Recommended to couples first."_s,
         3,
         100,
         140,
         {u"insurance"_s, u"licence"_s, u"contract"_s, u"hygiene"_s, u"risk_assessment"_s,
          u"references"_s, u"portfolio"_s, u"sustainability"_s, u"pat_testing"_s}},
    };
    return list;
}

} // namespace

// One status a record takes after being created pending: by the supplier (work) or the
// reviewer (a decision), with an optional note.
struct DemoCompliance::Step
{
    QString requirement;
    S status;
    QString note;
};

struct DemoCompliance::DemoSupplier
{
    QString email;
    QString name;
    QString role;
    QList<Step> steps; // in order
    QString switchedTo; // a tier switch after the steps above (empty: none)
    QList<Step> after; // steps after the switch
    QString deactivation; // reason (empty: active)
};

QStringList DemoCompliance::supplierEmails()
{
    return {u"photo@evergreen.demo"_s, u"florist@evergreen.demo"_s, u"caterer@evergreen.demo"_s,
            u"noor@evergreen.demo"_s, u"vendor@lakeside.demo"_s};
}

DemoCompliance::DemoCompliance(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Status DemoCompliance::seedCatalog(const QString &organizationId)
{
    ComplianceCatalogRepository catalog(m_db, m_clock);
    for (const DemoRequirement &demo : requirements()) {
        if (auto made = catalog.createRequirement({key(organizationId, demo.name), organizationId,
                                                   demo.title, demo.description, demo.points,
                                                   demo.dueDays, demo.evidence});
            !made)
            return made;
    }
    for (const DemoTier &demo : tiers()) {
        ComplianceTierRow tier;
        tier.rule = ComplianceTierRule {key(organizationId, u"tier:"_s + demo.name), demo.name,
                                        demo.level, demo.percent, demo.points};
        tier.organizationId = organizationId;
        tier.description = demo.description;
        for (const QString &name : demo.requirements)
            tier.requirementIds << key(organizationId, name);
        if (auto made = catalog.createTier(tier); !made)
            return made;
    }
    const QString basic = key(organizationId, u"tier:basic"_s);
    for (const QString &role : {u"vendor"_s, u"photographer"_s}) {
        if (auto mapped = catalog.setRoleTier(organizationId, role, basic); !mapped)
            return mapped;
    }
    return ok();
}

Status DemoCompliance::seed(const QString &evergreenId, const QString &lakesideId,
                            const QString &passwordHash, const QString &reviewerId)
{
    for (const QString &org : {evergreenId, lakesideId}) {
        if (auto made = seedCatalog(org); !made)
            return made;
    }
    const QList<DemoSupplier> evergreen {
        // The review queue: a submission waiting, a revision asked for, work in progress.
        {u"vendor@evergreen.demo"_s,
         {},
         u"vendor"_s,
         {{u"licence"_s, S::Submitted, {}},
          {u"licence"_s, S::Approved, {}},
          {u"insurance"_s, S::Draft, {}},
          {u"insurance"_s, S::Submitted, {}},
          {u"day_of_contact"_s, S::Submitted, {}},
          {u"day_of_contact"_s, S::RevisionRequired, u"Add the arrival time of the second van."_s},
          {u"contract"_s, S::Draft, {}}},
         {},
         {},
         {}},
        // One approval (the insurance certificate) away from verified.
        {u"photo@evergreen.demo"_s,
         u"Remy Castell"_s,
         u"photographer"_s,
         {{u"licence"_s, S::Submitted, {}},
          {u"licence"_s, S::Approved, {}},
          {u"contract"_s, S::Submitted, {}},
          {u"contract"_s, S::Approved, {}},
          {u"day_of_contact"_s, S::Submitted, {}},
          {u"day_of_contact"_s, S::Approved, {}},
          {u"insurance"_s, S::InProgress, {}},
          {u"insurance"_s, S::Submitted, {}}},
         {},
         {},
         {}},
        // Eligible for verified.
        {u"noor@evergreen.demo"_s,
         u"Noor Haddad"_s,
         u"photographer"_s,
         {{u"insurance"_s, S::Submitted, {}},
          {u"insurance"_s, S::Approved, {}},
          {u"licence"_s, S::Submitted, {}},
          {u"licence"_s, S::Approved, {}},
          {u"contract"_s, S::Submitted, {}},
          {u"contract"_s, S::Approved, {}},
          {u"day_of_contact"_s, S::Submitted, {}},
          {u"day_of_contact"_s, S::Approved, {}}},
         {},
         {},
         {}},
        // Moved up to verified: the day-of schedule became legacy, new requirements pending.
        {u"florist@evergreen.demo"_s,
         u"Flora Jansen"_s,
         u"vendor"_s,
         {{u"insurance"_s, S::Submitted, {}},
          {u"insurance"_s, S::Approved, {}},
          {u"licence"_s, S::Submitted, {}},
          {u"licence"_s, S::Approved, {}},
          {u"contract"_s, S::Submitted, {}},
          {u"contract"_s, S::Approved, {}},
          {u"day_of_contact"_s, S::Submitted, {}},
          {u"day_of_contact"_s, S::Approved, {}}},
         u"verified"_s,
         {{u"hygiene"_s, S::InProgress, {}},
          {u"risk_assessment"_s, S::Submitted, {}},
          {u"risk_assessment"_s, S::Rejected,
           u"This is the venue's assessment; we need your own for set-up and take-down."_s}},
         {}},
        // Deactivated: records kept as inactive.
        {u"caterer@evergreen.demo"_s,
         u"Casey Ortiz"_s,
         u"vendor"_s,
         {{u"insurance"_s, S::Submitted, {}}, {u"insurance"_s, S::Approved, {}}},
         {},
         {},
         u"Stopped trading in the spring."_s},
    };
    UserRepository users(m_db, m_clock);
    const auto account
        = [&](const QString &organizationId, const DemoSupplier &supplier) -> Status {
        if (supplier.name.isEmpty())
            return ok(); // an existing demo account
        User user {ids::named(u"user:"_s + supplier.email),
                   supplier.email,
                   supplier.name,
                   passwordHash,
                   false,
                   {}};
        if (auto created = users.create(user); !created)
            return created.error();
        return users.addMembership({user.id, organizationId, {}, *roleFromName(supplier.role)});
    };
    for (const DemoSupplier &supplier : evergreen) {
        if (auto made = account(evergreenId, supplier); !made)
            return made;
        if (auto seeded = seedSupplier(evergreenId, supplier, reviewerId); !seeded)
            return seeded;
    }
    const DemoSupplier lakeside {u"vendor@lakeside.demo"_s,
                                 u"Lou Varga"_s,
                                 u"vendor"_s,
                                 {{u"contract"_s, S::Draft, {}}},
                                 {},
                                 {},
                                 {}};
    if (auto made = account(lakesideId, lakeside); !made)
        return made;
    return seedSupplier(lakesideId, lakeside, {});
}

Status DemoCompliance::seedSupplier(const QString &organizationId, const DemoSupplier &demo,
                                    const QString &reviewerId)
{
    // The supplier's story over the last weeks, an hour per step, so that queues have an order.
    FixedClock clock(m_clock.now().addDays(-21));
    const QString supplierId = ids::named(u"user:"_s + demo.email);
    ComplianceCatalogRepository catalog(m_db, clock);
    auto tierRows = catalog.tiers(organizationId);
    if (!tierRows)
        return tierRows.error();
    auto requirementRows = catalog.requirements(organizationId);
    if (!requirementRows)
        return requirementRows.error();
    SupplierComplianceRepository suppliers(m_db, clock);
    ComplianceRecordRepository records(m_db, clock);
    const ComplianceTierRow *basic = findTier(tierRows.value(), u"basic"_s);

    SupplierComplianceRow row;
    row.id = supplierId;
    row.organizationId = organizationId;
    row.role = demo.role;
    row.tierId = basic->rule.id;
    auto inserted = suppliers.insert(row);
    if (!inserted)
        return inserted.error();
    row = inserted.value();
    if (auto logged = suppliers.appendTierHistory(
            organizationId, supplierId, {{}, {}, basic->rule.id, u"initialization"_s, {}, {}});
        !logged)
        return logged.error();
    QHash<QString, ComplianceRecordRow> byName;
    const auto nameOf = [&](const QString &requirementId) {
        for (const DemoRequirement &requirement : requirements()) {
            if (key(organizationId, requirement.name) == requirementId)
                return requirement.name;
        }
        return QString();
    };
    const auto create = [&](const QString &requirementId, const QString &source) -> Status {
        ComplianceRecordRow record;
        record.organizationId = organizationId;
        record.supplierId = supplierId;
        record.requirementId = requirementId;
        for (const ComplianceRequirementRow &requirement : requirementRows.value()) {
            if (requirement.id == requirementId && requirement.dueDays)
                record.dueDate = clock.now().date().addDays(*requirement.dueDays);
        }
        auto stored = records.insert(record, source, {}, {});
        if (!stored)
            return stored.error();
        byName.insert(nameOf(requirementId), stored.value());
        return ok();
    };
    const auto move = [&](const QString &name, S to, const QString &source, const QString &actor,
                          const QString &note) -> Status {
        clock.advanceSecs(3600);
        ComplianceRecordRow &record = byName[name];
        ComplianceRecordRow next = record;
        next.status = to;
        next.reviewStatus = reviewStatusAfter(record.status, to, record.reviewStatus);
        if (to == S::Submitted) {
            next.submittedBy = supplierId;
            next.submittedAt = clock.now();
            next.evidenceRef = u"demo://%1/%2.pdf"_s.arg(demo.email.section(u'@', 0, 0), name);
        }
        if (statusStep(record.status, to) == StatusStep::Review) {
            next.reviewerId = actor;
            next.reviewedAt = clock.now();
            next.reviewNote = note;
        }
        auto stored = records.update(next, record.version, record.status, source, actor, note);
        if (!stored)
            return stored.error();
        record = stored.value();
        return ok();
    };
    const auto play = [&](const QList<Step> &steps) -> Status {
        for (const Step &step : steps) {
            const bool review = statusStep(byName.value(step.requirement).status, step.status)
                == StatusStep::Review;
            if (auto moved = move(step.requirement, step.status, u"status_change"_s,
                                  review ? reviewerId : supplierId, step.note);
                !moved)
                return moved;
        }
        return ok();
    };
    for (const QString &requirementId : basic->requirementIds) {
        if (auto made = create(requirementId, u"initialization"_s); !made)
            return made;
    }
    if (auto played = play(demo.steps); !played)
        return played;
    if (!demo.switchedTo.isEmpty()) {
        clock.advanceSecs(86400);
        const ComplianceTierRow *tier = findTier(tierRows.value(), demo.switchedTo);
        QList<SupplierRequirementState> states;
        for (const ComplianceRecordRow &record : std::as_const(byName))
            states << SupplierRequirementState {record.requirementId, record.status};
        const TierSwitchPlan plan = planTierSwitch(states, tier->requirementIds);
        for (const QString &requirementId : plan.added) {
            if (auto made = create(requirementId, u"tier_switch"_s); !made)
                return made;
        }
        for (const QString &requirementId : plan.legacy) {
            if (auto moved = move(nameOf(requirementId), S::Legacy, u"tier_switch"_s, reviewerId,
                                  u"basic → %1"_s.arg(tier->rule.name));
                !moved)
                return moved;
        }
        if (auto logged = suppliers.appendTierHistory(
                organizationId, supplierId,
                {{}, basic->rule.id, tier->rule.id, u"tier_switch"_s, reviewerId, {}});
            !logged)
            return logged.error();
        row.tierId = tier->rule.id;
        if (auto played = play(demo.after); !played)
            return played;
    }
    if (!demo.deactivation.isEmpty()) {
        for (ComplianceRecordRow &record : byName) {
            if (isCounted(record.status)) {
                if (auto moved = move(nameOf(record.requirementId), S::Inactive, u"deactivation"_s,
                                      reviewerId, demo.deactivation);
                    !moved)
                    return moved;
            }
        }
        row.status = u"inactive"_s;
        row.deactivatedAt = clock.now();
        row.deactivationReason = demo.deactivation;
    }

    // The stored figures, as every API write recalculates them.
    QList<RequirementProgress> progress;
    for (const ComplianceRecordRow &record : std::as_const(byName))
        progress << RequirementProgress {record.status, record.points};
    row.stats = computeComplianceStats(progress);
    const ComplianceTierRow *tier = findTier(tierRows.value(), row.tierId);
    const AdvancementCheck check = checkAdvancement(tier->rule, tierRules(tierRows.value()),
                                                    row.stats, row.status == u"active"_s);
    row.advancementEligible = check.eligible;
    auto updated = suppliers.update(row, row.version);
    if (!updated)
        return updated.error();

    ComplianceNotificationRepository notifications(m_db, clock);
    for (const ComplianceRecordRow &record : std::as_const(byName)) {
        static const QHash<S, QString> kinds {{S::Submitted, u"requirement_submitted"_s},
                                              {S::Approved, u"requirement_approved"_s},
                                              {S::RevisionRequired, u"revision_required"_s}};
        if (!kinds.contains(record.status))
            continue;
        QJsonObject details {{u"requirementId"_s, record.requirementId},
                             {u"title"_s, record.title}};
        if (!record.reviewNote.isEmpty())
            details.insert(u"note"_s, record.reviewNote);
        if (auto told = notifications.append({{},
                                              organizationId,
                                              supplierId,
                                              kinds.value(record.status),
                                              record.id,
                                              details,
                                              {}});
            !told)
            return told.error();
    }
    if (check.eligible && check.nextTier) {
        if (auto told = notifications.append(
                {{},
                 organizationId,
                 supplierId,
                 u"tier_advancement_eligible"_s,
                 {},
                 {{u"nextTierId"_s, check.nextTier->id}, {u"nextTierName"_s, check.nextTier->name}},
                 {}});
            !told)
            return told.error();
    }
    return ok();
}

} // namespace wedsync::server
