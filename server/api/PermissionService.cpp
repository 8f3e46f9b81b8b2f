#include "api/PermissionService.h"

#include "PermissionEngine.h"
#include "PermissionJson.h"
#include "api/RecordJson.h"
#include "storage/SectionRepository.h"
#include "storage/UserRepository.h"
#include "storage/WeddingRepository.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

WeddingContext contextOf(const Wedding &wedding)
{
    return WeddingContext {wedding.id, wedding.weddingDate, QTimeZone(wedding.timeZone.toUtf8()),
                           wedding.status};
}

QJsonObject itemJson(const SectionConfig &section, const EffectivePermission &permission)
{
    QJsonObject item = effectivePermissionToJson(permission);
    item.insert(u"sectionId"_s, section.id);
    item.insert(u"sectionType"_s, section.sectionType);
    item.insert(u"weddingId"_s,
                section.weddingId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(section.weddingId));
    item.insert(u"title"_s, section.customization.title);
    return item;
}

} // namespace

PermissionService::PermissionService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<QJsonObject> PermissionService::effective(const QString &organizationId,
                                                 const QString &userId, const QString &weddingId,
                                                 const QDateTime &at)
{
    UserRepository users(m_db, m_clock);
    auto membership = users.membership(userId, organizationId);
    if (!membership)
        return membership.error();
    auto user = users.find(userId);
    if (!user)
        return user.error();
    // A person of another tenant is answered like one who does not exist.
    if (!membership->has_value() || !user->has_value())
        return Error {u"not_found"_s, u"This person is not a member of the organization."_s, {}};

    WeddingRepository weddings(m_db, m_clock);
    auto access = weddings.accessOf(organizationId, userId);
    if (!access)
        return access.error();
    UserProfile profile;
    profile.userId = userId;
    profile.organizationId = organizationId;
    profile.displayName = user->value().displayName;
    profile.role = membership->value().role;
    for (const auto &grant : access.value())
        profile.weddingAccess.append(wedsync::WeddingAccess {grant.weddingId, grant.accessLevel});

    std::optional<WeddingContext> wedding;
    SectionRepository sections(m_db, m_clock);
    auto rows
        = sections.list(organizationId, SectionScope {SectionScope::Kind::OrganizationWide, {}});
    if (!rows)
        return rows.error();
    QList<SectionRecord> records = rows.value();
    if (!weddingId.isEmpty()) {
        auto found = weddings.find(organizationId, weddingId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error {u"not_found"_s, u"The wedding was not found in this organization."_s, {}};
        wedding = contextOf(found->value());
        auto own
            = sections.list(organizationId, SectionScope {SectionScope::Kind::Wedding, weddingId});
        if (!own)
            return own.error();
        records += own.value();
    }

    const QDateTime moment = at.isValid() ? at.toUTC() : m_clock.now();
    const EvaluationScope scope(wedding ? &*wedding : nullptr, moment);
    const PermissionSubject subject(profile, scope);
    const PermissionEngine engine;
    QJsonArray items;
    for (const SectionRecord &record : std::as_const(records))
        items.append(
            itemJson(record.section, engine.evaluate(subject, CompiledSection(record.section))));
    return QJsonObject {
        {u"organizationId"_s, organizationId},
        {u"user"_s, userProfileToJson(profile)},
        {u"wedding"_s,
         wedding ? QJsonValue(weddingContextToJson(*wedding)) : QJsonValue(QJsonValue::Null)},
        {u"at"_s, json::timestamp(moment)},
        {u"phase"_s,
         scope.phase() ? QJsonValue(weddingPhaseName(*scope.phase()))
                       : QJsonValue(QJsonValue::Null)},
        {u"items"_s, items},
    };
}

Result<IntegrityReport> PermissionService::integrity(const QString &organizationId)
{
    IntegrityInput input;
    auto sections = SectionRepository(m_db, m_clock).list(organizationId);
    if (!sections)
        return sections.error();
    QList<SectionConfig> organizationWide;
    for (const SectionRecord &record : sections.value()) {
        input.sections.append(record.section);
        if (!record.section.isWeddingSpecific())
            organizationWide.append(record.section);
    }
    auto weddings = WeddingRepository(m_db, m_clock).list(organizationId);
    if (!weddings)
        return weddings.error();
    for (const Wedding &wedding : weddings.value())
        input.weddingIds.insert(wedding.id);

    auto members = UserRepository(m_db, m_clock).membersOf(organizationId);
    if (!members)
        return members.error();
    QList<CompiledSection> compiled;
    for (const SectionConfig &section : std::as_const(organizationWide))
        compiled.append(CompiledSection(section));
    const EvaluationScope scope(nullptr, m_clock.now());
    const PermissionEngine engine;
    for (const Member &member : members.value()) {
        UserProfile profile;
        profile.userId = member.userId;
        profile.organizationId = organizationId;
        profile.displayName = member.displayName;
        profile.role = member.role;
        const PermissionSubject subject(profile, scope);
        const QList<EffectivePermission> results
            = engine.evaluateAll(subject, compiled, EvaluationOptions {false});
        UserPermissionRecord record {member.userId, member.displayName, member.role, {}};
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (results.at(i).canView)
                record.sectionTypes.append(organizationWide.at(i).sectionType);
        }
        input.users.append(record);
    }
    return IntegrityChecker().check(input);
}

} // namespace wedsync::server
